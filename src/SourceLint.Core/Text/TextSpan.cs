namespace SourceLint.Core.Text;

/// <summary>A half-open range [Start, End) of UTF-16 offsets in some text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(start, end));
    public override string ToString() => $"[{Start}..{End})";
}
