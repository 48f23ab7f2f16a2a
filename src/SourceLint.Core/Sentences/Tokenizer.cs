using SourceLint.Core.Analysis;
using SourceLint.Core.Configuration;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Text;

namespace SourceLint.Core.Sentences;

/// <summary>
/// Cuts a sentence into words, numbers and marks. Words keep inner apostrophes and hyphens
/// (Mali's, al-Qaeda, Covid-19); numbers keep separators and decimals (1,200 and 3.5).
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens whose word forms answer the built-in lexicons.</summary>
    public static List<Token> Tokenize(string text, TextSpan span) =>
        Tokenize(text, span, LexiconSet.Create(LintConfiguration.Default).Vocabulary);

    /// <summary>Tokens whose word forms come from <paramref name="vocabulary"/>: use the lexicon set the recognizers read.</summary>
    public static List<Token> Tokenize(string text, TextSpan span, Vocabulary vocabulary)
    {
        // Tokens are gathered in a per-thread scratch list and copied once into a list of the exact
        // size: the sentence keeps its tokens, and a guessed capacity either wasted slots or grew twice.
        var tokens = t_scratch ??= new List<Token>(256);
        tokens.Clear();
        int i = span.Start;
        int end = span.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] is ',' or '.') && i + 1 < end && char.IsDigit(text[i + 1])))) i++;
                // A number glued to letters is a word-like token ("3bn", "10m", "1960s", "F-16" handled below).
                if (i < end && char.IsLetter(text[i]))
                    while (i < end && IsWordChar(text, i, end)) i++;
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                while (i < end && IsWordChar(text, i, end)) i++;
                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = c is '£' or '$' or '€' or '%' or '¥' ? TokenKind.Symbol : TokenKind.Punctuation;
            }
            tokens.Add(new Token(new TextSpan(start, i), vocabulary.Get(text.AsSpan(start, i - start), kind)));
        }
        var result = new List<Token>(tokens.Count);
        result.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));
        if (tokens.Capacity > 4096) t_scratch = null; // do not keep a huge paragraph's buffer alive
        return result;
    }

    [ThreadStatic] private static List<Token>? t_scratch;

    /// <summary>Letters and digits, plus an apostrophe or hyphen between two of them.</summary>
    private static bool IsWordChar(string text, int i, int end)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        if ((c is '\'' or '’' or '-' or '‑') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            return true;
        return false;
    }
}
