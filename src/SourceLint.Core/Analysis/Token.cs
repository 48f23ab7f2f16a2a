using SourceLint.Core.Text;

namespace SourceLint.Core.Analysis;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A word, number or mark of a sentence; <see cref="Span"/> is in the paragraph's prose text.</summary>
public sealed record Token(TokenKind Kind, TextSpan Span, string Text)
{
    public string Lower { get; } = HasUpper(Text) ? Text.ToLowerInvariant() : Text;

    private static bool HasUpper(string s)
    {
        foreach (char c in s) if (char.IsUpper(c)) return true;
        return false;
    }
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public override string ToString() => Text;
}
