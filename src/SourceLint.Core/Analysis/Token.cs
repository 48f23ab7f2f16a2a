using SourceLint.Core.Lexicons;
using SourceLint.Core.Text;

namespace SourceLint.Core.Analysis;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>
/// A word, number or mark of a sentence; <see cref="Span"/> is in the paragraph's prose text. The
/// spelling, its lower-case form and what the lexicons say of it live in a shared <see cref="WordForm"/>,
/// so a token is two words of memory and makes no string of its own.
/// </summary>
public readonly record struct Token
{
    internal Token(TextSpan span, WordForm form)
    {
        Span = span;
        Form = form;
    }

    public TextSpan Span { get; }
    public WordForm Form { get; }
    public TokenKind Kind => Form.Kind;
    public string Text => Form.Text;
    public string Lower => Form.Lower;

    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    /// <summary>Ends in a possessive "'s", straight or curly: "Mr Rees's", "the council’s" (also "it's", which callers rule out where it matters).</summary>
    public bool IsPossessive => Lower.EndsWith("'s", StringComparison.Ordinal) || Lower.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>
    /// The token is the one-character mark <paramref name="mark"/> (",", ";", ":"). The length comes from the span, which
    /// the token holds itself, so a loop asking this of every token never reads a word's text (a string elsewhere on the
    /// heap, a cache miss for the rarer words); only one-character tokens are read.
    /// </summary>
    internal bool IsMark(char mark) => Span.Length == 1 && Text[0] == mark;

    public override string ToString() => Text;
}
