namespace SourceLint.Core.Text;

/// <summary>
/// The draft exactly as the editor holds it, with a line map so any UTF-16 offset becomes a
/// zero-based line and column (LSP's default position encoding). A leading BOM is not part of the text.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        Text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        // Searched for with the vectorized IndexOfAny rather than read a character at a time: the language server
        // builds this map of the whole draft on every edit (~0.1 ms for 10,000 words the old way).
        var starts = new List<int>(Text.Length / 64 + 1) { 0 };
        var chars = Text.AsSpan();
        int i = 0;
        while (true)
        {
            int found = chars[i..].IndexOfAny('\r', '\n');
            if (found < 0) break;
            i += found;
            if (chars[i] == '\r' && i + 1 < chars.Length && chars[i + 1] == '\n') i++;
            starts.Add(++i);
        }
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }
    public int Length => Text.Length;
    public int LineCount => _lineStarts.Length;

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    public LineRange GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    public int GetLineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>The offset of a line/column pair, clamped into the document (never throws).</summary>
    public int GetOffset(int line, int column)
    {
        if (line < 0) return 0;
        if (line >= _lineStarts.Length) return Text.Length;
        int start = _lineStarts[line];
        int end = GetLineEndWithoutBreak(line);
        return Math.Clamp(start + Math.Max(column, 0), start, end);
    }

    public int GetLineEndWithoutBreak(int line)
    {
        int next = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        int end = next;
        while (end > _lineStarts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return end;
    }

    public string GetLineText(int line) => Text[_lineStarts[line]..GetLineEndWithoutBreak(line)];
}

/// <summary>A zero-based line and UTF-16 column.</summary>
public readonly record struct LinePosition(int Line, int Column);

/// <summary>A zero-based, end-exclusive range of positions.</summary>
public readonly record struct LineRange(LinePosition Start, LinePosition End);
