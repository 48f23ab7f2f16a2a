using System.Runtime.CompilerServices;
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
    public static List<Token> Tokenize(string text, TextSpan span, Vocabulary vocabulary) => [.. TokenizeToList(text, span, vocabulary)];

    /// <summary>As <see cref="Tokenize(string, TextSpan, Vocabulary)"/>, as a sentence keeps them (what the engine uses).</summary>
    internal static TokenList TokenizeToList(string text, TextSpan span, Vocabulary vocabulary)
    {
        // Two passes. The first cuts the tokens and computes each one's lookup key (pure arithmetic on the
        // characters); the second looks them all up. On a large vocabulary most lookups of rarer words miss the
        // cache, and in one pass each miss waited behind the character scanning of its token; in a loop of
        // nothing but lookups the processor has the misses of several tokens in flight at once.
        var cuts = t_scratch ??= new Cut[256];
        int count = 0;
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
                    i = EndOfWord(text, i, end);
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i = EndOfWord(text, i, end);
                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = c is '£' or '$' or '€' or '%' or '¥' ? TokenKind.Symbol : TokenKind.Punctuation;
            }
            if (count == cuts.Length) Array.Resize(ref cuts, cuts.Length * 2);
            cuts[count++] = new Cut(new TextSpan(start, i), kind, Vocabulary.KeyOf(text, start, i - start));
        }
        // Sized exactly: the sentence keeps its tokens, and a guessed capacity either wasted slots or grew twice.
        var tokens = new Token[count];
        int words = 0;
        // The sentence's summary (TokenList.MayHave), from the forms while they are at hand.
        var traits = WordTraits.None;
        uint phraseStarts = 0;
        int kinds = 0;
        for (int k = 0; k < count; k++)
        {
            ref readonly var cut = ref cuts[k];
            var form = vocabulary.Get(text.AsSpan(cut.Span.Start, cut.Span.Length), cut.Key, cut.Kind);
            tokens[k] = new Token(cut.Span, form);
            if (form.Kind == TokenKind.Word) words++;
            traits |= form.Traits;
            phraseStarts |= form.PhraseStarts;
            kinds |= 1 << (int)form.Kind;
        }
        // The word tokens' indexes (TokenList.WordIndexes), while the forms just read are still in the cache.
        var wordIndexes = new int[words];
        for (int k = 0, w = 0; w < words; k++)
            if (tokens[k].IsWord) wordIndexes[w++] = k;
        t_scratch = cuts.Length > 4096 ? null : cuts; // do not keep a huge paragraph's buffer alive
        return new TokenList(tokens, wordIndexes, new FormSummary(vocabulary, traits, phraseStarts, kinds));
    }

    /// <summary>A token found by the first pass, waiting for its form.</summary>
    private readonly record struct Cut(TextSpan Span, TokenKind Kind, Vocabulary.SpellingKey Key);

    [ThreadStatic] private static Cut[]? t_scratch;

    /// <summary>
    /// Where the word whose characters start at <paramref name="i"/> ends (<see cref="IsWordChar"/>). ASCII characters,
    /// most of a news draft's, are decided in the loop itself; the general test, a call per character, was a tenth of
    /// the tokenizer's time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per word: the call cost a quarter of the scan of a short word
    private static int EndOfWord(string text, int i, int end)
    {
        var asciiLetterOrDigit = AsciiLetterOrDigit;
        while (i < end)
        {
            char c = text[i];
            if (c < 128)
            {
                // One table read decides most characters; of the other ASCII ones only an apostrophe or hyphen may
                // join two parts of a word, so a space or a comma ends it without the general test.
                if (asciiLetterOrDigit[c] != 0) { i++; continue; }
                if (c is not ('\'' or '-')) break;
            }
            if (!IsWordChar(text, i, end)) break;
            i++;
        }
        return i;
    }

    /// <summary>1 for the ASCII letters and digits, by character code.</summary>
    private static ReadOnlySpan<byte> AsciiLetterOrDigit =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 0-9
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // A-Z
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // a-z
    ];

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
