using System.Runtime.CompilerServices;
using SourceLint.Core.Analysis;

namespace SourceLint.Core.Lexicons;

/// <summary>
/// Finds multi-word phrases in a run of lower-cased words. Phrases are indexed by their first word,
/// so a lookup costs one dictionary probe per word; in a sentence, a word's form already knows whether
/// any phrase starts with it (<see cref="WordForm.PhraseStarts"/>), so most words cost no probe at all.
/// </summary>
public sealed class PhraseMatcher
{
    /// <summary>The phrases by first word, longest first; arrays, so a match tries them without a list enumerator.</summary>
    private readonly Dictionary<string, string[][]> _byFirstWord = new(StringComparer.Ordinal);
    /// <summary>First words of the one-word phrases, for <see cref="Contains"/>.</summary>
    private readonly HashSet<string> _singleWords = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<string> phrases, uint bit = 0)
    {
        Bit = bit;
        var byFirstWord = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (string phrase in phrases)
        {
            string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (!byFirstWord.TryGetValue(words[0], out var list)) byFirstWord[words[0]] = list = new List<string[]>();
            list.Add(words);
            if (words.Length == 1) _singleWords.Add(words[0]);
        }
        // Longest phrase first, so "has not been independently confirmed" wins over "not been confirmed".
        foreach (var (first, list) in byFirstWord)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
            _byFirstWord[first] = [.. list];
        }
    }

    /// <summary>This lexicon's bit in <see cref="WordForm.PhraseStarts"/> (0 for a matcher outside a lexicon set).</summary>
    internal uint Bit { get; }

    /// <summary>The vocabulary whose forms carry <see cref="Bit"/>; forms of another vocabulary are probed as words.</summary>
    internal Vocabulary? Owner { get; set; }

    /// <summary>Some phrase of the lexicon starts with <paramref name="word"/>.</summary>
    public bool StartsPhrase(string word) => _byFirstWord.ContainsKey(word);

    /// <summary>The number of words of the longest phrase starting at <paramref name="index"/>, or 0.</summary>
    public int MatchAt(IReadOnlyList<string> words, int index) => Match(words, index);

    /// <summary>
    /// <see cref="MatchAt(IReadOnlyList{string}, int)"/> where <paramref name="form"/> is the word at <paramref name="index"/>
    /// (a sentence's <see cref="SentenceAnalysis.Words"/> and its token's form): a word whose form says no
    /// phrase starts with it is passed over without hashing it.
    /// </summary>
    public int MatchAt(IReadOnlyList<string> words, int index, WordForm form) =>
        MayStartPhrase(form) ? Match(words, index) : 0;

    /// <summary>As <see cref="MatchAt(IReadOnlyList{string}, int)"/> on part of an array, without boxing the segment (one per figure tried).</summary>
    internal int MatchAt(ArraySegment<string> words, int index) => Match(words, index);

    /// <summary>The same on a sentence's words read in place (what the recognizers use).</summary>
    internal int MatchAt(in SentenceWords words, int index) => MatchAt(words, index, words.Form(index));

    /// <summary>As <see cref="MatchAt(in SentenceWords, int)"/>, with the word's form already read (a recognizer matching several lexicons at one word).</summary>
    internal int MatchAt(in SentenceWords words, int index, WordForm form) =>
        MayStartPhrase(form) ? Match(words, index) : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked for every word of every sentence, per lexicon
    private bool MayStartPhrase(WordForm form) => Owner is null || !ReferenceEquals(form.Owner, Owner) || (form.PhraseStarts & Bit) != 0;

    /// <summary>Generic over the word list, so a struct list (<see cref="SentenceWords"/>) is read without boxing or interface calls.</summary>
    private int Match<TWords>(TWords words, int index) where TWords : IReadOnlyList<string>
    {
        if (!_byFirstWord.TryGetValue(words[index], out var candidates)) return 0;
        foreach (var phrase in candidates)
        {
            if (index + phrase.Length > words.Count) continue;
            bool ok = true;
            for (int k = 1; k < phrase.Length && ok; k++) ok = words[index + k] == phrase[k];
            if (ok) return phrase.Length;
        }
        return 0;
    }

    public bool Contains(string word) => _singleWords.Contains(word);
}
