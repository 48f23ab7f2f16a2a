namespace SourceLint.Core.Lexicons;

/// <summary>
/// Finds multi-word phrases in a run of lower-cased words. Phrases are indexed by their first word,
/// so a lookup costs one dictionary probe per word.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<string[]>> _byFirstWord = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        foreach (string phrase in phrases)
        {
            string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = new List<string[]>();
            list.Add(words);
        }
        // Longest phrase first, so "has not been independently confirmed" wins over "not been confirmed".
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    /// <summary>The number of words of the longest phrase starting at <paramref name="index"/>, or 0.</summary>
    public int MatchAt(IReadOnlyList<string> words, int index)
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

    public bool Contains(string word) => _byFirstWord.TryGetValue(word, out var list) && list.Any(p => p.Length == 1);
}
