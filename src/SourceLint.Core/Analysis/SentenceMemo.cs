namespace SourceLint.Core.Analysis;

/// <summary>
/// Work derived from a recognized sentence's tokens and the lexicons alone, done at most once and shared
/// by every copy <see cref="AnalysisCache"/> makes of the sentence: re-linting after an edit then does not
/// redo it for the paragraphs the edit left alone. Filled lazily by whoever needs it first; two threads
/// filling it at once compute the same value, and each slot is one reference, so a race is harmless.
/// </summary>
internal sealed class SentenceMemo
{
    /// <summary>The claim's content words, stemmed, with the token each came from (see <see cref="Claims.ClaimIndex"/>).</summary>
    public ContentStems? ContentStems;
}

/// <summary>
/// Parallel arrays: the stem of each content word, the index of its token, and the stem's hash
/// (<see cref="Lexicons.WordForm.StemHash"/>: stems are compared by hash before their text). Never written after creation.
/// </summary>
internal sealed record ContentStems(string[] Stems, int[] Tokens, int[] Hashes)
{
    /// <summary>
    /// The distinct stems, in order of first mention, and the stem → token indexes map; built on first
    /// use and kept here, so the copies of an unchanged sentence in later analyses share them instead of
    /// each analysis building its own (the rules read them for every candidate a claim lookup finds).
    /// Read-only once built.
    /// </summary>
    public string[]? Distinct;
    /// <summary>The hashes of <see cref="Distinct"/>'s stems (the same array as <see cref="Hashes"/> when no stem repeats).</summary>
    public int[]? DistinctHashes;
    public Dictionary<string, List<int>>? Map;
}
