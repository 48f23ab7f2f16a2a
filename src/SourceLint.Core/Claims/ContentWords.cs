using System.Runtime.CompilerServices;
using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;

namespace SourceLint.Core.Claims;

/// <summary>
/// The content words of a claim, stemmed: its actor, event and object, without function words,
/// reporting verbs, hedges, boosters or approximators, so "killed" and "kill" are the same word.
/// </summary>
public sealed class ContentWords
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "that", "this",
        "these", "those", "it", "its", "he", "she", "they", "them", "their", "his", "her", "we", "our", "i", "you", "was", "were",
        "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
        "not", "no", "than", "more", "less", "most", "least", "also", "which", "who", "whom", "whose", "what", "when", "where",
        "there", "then", "so", "if", "into", "over", "after", "before", "since", "about", "out", "up", "down", "all", "some",
        "any", "many", "much", "such", "same", "other", "another", "one", "just", "only", "very", "still", "however", "though",
        "although", "while", "during", "between", "against", "under", "around", "nearly", "almost", "least", "per", "cent",
        "mr", "mrs", "ms", "dr", "did", "does", "do", "said", "says", "say", "told", "added", "according", "including", "last",
        "first", "new", "year", "years", "day", "days", "week", "weeks", "month", "months", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "time", "make", "take", "get", "got", "set", "like", "because",
    };

    private readonly LexiconSet _lexicons;

    public ContentWords(LexiconSet lexicons) => _lexicons = lexicons;

    /// <summary>True when the word carries content (an actor, an event or an object).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked of every token of every sentence by the claim index
    public bool IsContent(Token token) =>
        ReferenceEquals(token.Form.Owner, _lexicons.Vocabulary)
            ? token.Form.Has(WordTraits.Content) // answered once for the spelling by the vocabulary
            : IsContentWord(_lexicons, token.Kind, token.Text, token.Lower);

    /// <summary>The content-word test itself, on a token's kind, spelling and lower-case form.</summary>
    internal static bool IsContentWord(LexiconSet lexicons, TokenKind kind, string text, string w)
    {
        if (kind != TokenKind.Word || text.Length < 3) return false;
        if (FunctionWords.Contains(w)) return false;
        if (lexicons.ReportingVerbs.Contains(w) && w is not ("killed" or "attacked")) return false;
        if (lexicons.NumberWords.ContainsKey(w)) return false;
        if (lexicons.Phrases(LexiconNames.Hedges).Contains(w) || lexicons.Phrases(LexiconNames.Boosters).Contains(w)) return false;
        if (w is "unverified" or "unconfirmed" or "reportedly" or "allegedly" or "confirmed" or "verified" or "denied" or "claims" or "dozens" or "hundreds" or "thousands") return false;
        return true;
    }

    /// <summary>The stem of a token's lower-case form, kept on its word form after the first time.</summary>
    public static string Stem(Token token) => token.Form.Stem;

    /// <summary>Stems are cached: a draft repeats its words, and a server re-stems the same draft on every keystroke.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> StemCache = new(StringComparer.Ordinal);
    private const int StemCacheLimit = 200_000;
    /// <summary>Entries added so far: ConcurrentDictionary.Count takes every lock of the table, which cost more than the stemming on a first pass.</summary>
    private static int s_stemCacheCount;

    public static string Stem(string lower)
    {
        if (StemCache.TryGetValue(lower, out var cached)) return cached;
        string stem = Stemming.Porter2Stemmer.Stem(StripPossessive(lower));
        if (Volatile.Read(ref s_stemCacheCount) < StemCacheLimit && StemCache.TryAdd(lower, stem)) Interlocked.Increment(ref s_stemCacheCount);
        return stem;
    }

    private static string StripPossessive(string w)
    {
        if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith('\'') || w.EndsWith('’')) return w[..^1];
        return w;
    }
}
