using SourceLint.Core.Analysis;

namespace SourceLint.Core.Claims;

/// <summary>A figure reduced to what identifies it across mentions: its value and its counted noun, stemmed.</summary>
public readonly record struct FigureKey(double Value, string Noun);

/// <summary>
/// A sentence's claim as a normalised signature: its content words stemmed (actor, event, object)
/// with the token each came from, and its figures keyed by value and counted noun.
/// </summary>
public sealed class ClaimSignature
{
    private readonly string[] _distinct;
    private readonly int[] _distinctHashes;
    private readonly string[] _stemOfToken;
    private readonly int[] _hashOfStem;
    private readonly int[] _tokenOfStem;
    private readonly ContentStems _content;

    /// <summary>
    /// Kept as small parallel arrays (stem, token index, stem hash); the stem → tokens map is built only for the
    /// few sentences a rule looks at closely, because building one per sentence was half of the engine's allocation.
    /// Stems are compared by their hashes first (<see cref="Lexicons.WordForm.StemHash"/>), so comparing two
    /// different stems reads neither string.
    /// </summary>
    internal ClaimSignature(SentenceAnalysis sentence, ContentStems content, List<(Figure Figure, FigureKey Key)> figures)
    {
        Sentence = sentence;
        _content = content;
        _stemOfToken = content.Stems;
        _hashOfStem = content.Hashes;
        _tokenOfStem = content.Tokens;
        (_distinctHashes, _distinct) = (content.DistinctHashes, content.Distinct) is ({ } hashes, { } distinct)
            ? (hashes, distinct)
            : Distinct(content.Stems, content.Hashes);
        // Two threads racing here store arrays of the same content, so either pair is right.
        content.DistinctHashes = _distinctHashes;
        content.Distinct = _distinct;
        foreach (int hash in _distinctHashes) _stemBits |= StemBit(hash);
        Figures = figures;
    }

    /// <summary>
    /// The stems without repeats, in order of first mention, and their hashes. Most sentences repeat no stem, and
    /// then the arrays themselves are the answer (neither is written after creation): a copy per sentence was
    /// a tenth of the engine's string arrays. A copy is made only from the first repeat on.
    /// </summary>
    private static (int[] Hashes, string[] Stems) Distinct(string[] stems, int[] hashes)
    {
        string[]? result = null;
        int[]? resultHashes = null;
        int n = 0;
        // The bits (StemBit) of the stems before k: a stem whose bit is clear repeats none of them, known without a
        // search (the search over the earlier stems made this loop quadratic in the sentence's content words).
        ulong seen = 0;
        for (int k = 0; k < stems.Length; k++)
        {
            ulong bit = StemBit(hashes[k]);
            bool repeat = (seen & bit) != 0 && IndexOf(stems, hashes, stems[k], hashes[k], k) >= 0;
            seen |= bit;
            if (result is null)
            {
                // Everything before k is distinct so far (n == k).
                if (!repeat) { n++; continue; }
                result = new string[stems.Length];
                resultHashes = new int[stems.Length];
                Array.Copy(stems, result, k);
                Array.Copy(hashes, resultHashes, k);
                continue;
            }
            if (!repeat)
            {
                result[n] = stems[k];
                resultHashes![n++] = hashes[k];
            }
        }
        return result is null ? (hashes, stems) : (resultHashes![..n], result[..n]);
    }

    /// <summary>Where <paramref name="stem"/> (whose hash is <paramref name="hash"/>) stands among the first <paramref name="count"/> stems, or -1.</summary>
    private static int IndexOf(string[] stems, int[] hashes, string stem, int hash, int count)
    {
        for (int k = 0; k < count; k++)
            if (hashes[k] == hash && string.Equals(stems[k], stem, StringComparison.Ordinal)) return k;
        return -1;
    }

    public SentenceAnalysis Sentence { get; }
    /// <summary>The index that made this signature (set by it).</summary>
    internal ClaimIndex? Index { get; set; }
    /// <summary>The sentence's place in the draft's reading order (set by the index).</summary>
    internal int Position { get; set; }
    /// <summary>The distinct stems of the claim's content words.</summary>
    public IReadOnlyList<string> DistinctStems => _distinct;
    /// <summary><see cref="DistinctStems"/> for the index's loops: a foreach over the interface made an enumerator per signature.</summary>
    internal ReadOnlySpan<string> DistinctSpan => _distinct;
    /// <summary>The hashes of <see cref="DistinctSpan"/>'s stems (<see cref="Lexicons.WordForm.StemHash"/>), in the same order.</summary>
    internal ReadOnlySpan<int> DistinctHashes => _distinctHashes;
    /// <summary>Stem → indexes of the tokens it came from.</summary>
    public Dictionary<string, List<int>> Stems => _content.Map ??= BuildMap();
    public List<(Figure Figure, FigureKey Key)> Figures { get; }

    private Dictionary<string, List<int>> BuildMap()
    {
        var map = new Dictionary<string, List<int>>(_distinct.Length, StringComparer.Ordinal);
        for (int i = 0; i < _stemOfToken.Length; i++)
        {
            if (!map.TryGetValue(_stemOfToken[i], out var list)) map[_stemOfToken[i]] = list = new List<int>(1);
            list.Add(_tokenOfStem[i]);
        }
        return map;
    }

    public bool HasStem(string stem) => HasStem(stem, stem.GetHashCode());

    /// <summary>
    /// One bit per distinct stem, chosen by its hash (<see cref="StemBit"/>): a stem whose bit is clear is not among
    /// the signature's, which answers most <see cref="HasStem(string, int)"/> questions without reading the stems
    /// (a claim lookup asks it of every sentence for each of its stems).
    /// </summary>
    private readonly ulong _stemBits;

    private static ulong StemBit(int hash) => 1UL << (hash & 63);

    /// <summary><see cref="HasStem(string)"/> with the stem's hash (<see cref="Lexicons.WordForm.StemHash"/>) known.</summary>
    internal bool HasStem(string stem, int hash) => (_stemBits & StemBit(hash)) != 0 && IndexOf(_distinct, _distinctHashes, stem, hash, _distinct.Length) >= 0;

    /// <summary>
    /// <paramref name="a"/> and <paramref name="b"/> (one sentence before and after an edit) differ only in stems
    /// that one has and the other lacks: as many content words at the same token indexes, as many distinct
    /// stems, and wherever their stems differ neither stem is shared. Then, to a claim holding none of those
    /// stems, the two compare alike (<see cref="SameContent"/> reads only shared stems, their last
    /// mentions and the number of distinct stems): what the claim index carries over an edit relies on it.
    /// </summary>
    internal static bool DifferOnlyInUnsharedStems(ClaimSignature a, ClaimSignature b)
    {
        if (a._stemOfToken.Length != b._stemOfToken.Length || a._distinct.Length != b._distinct.Length) return false;
        if (!a._tokenOfStem.AsSpan().SequenceEqual(b._tokenOfStem)) return false;
        for (int k = 0; k < a._stemOfToken.Length; k++)
        {
            string x = a._stemOfToken[k], y = b._stemOfToken[k];
            if (!string.Equals(x, y, StringComparison.Ordinal) && (b.HasStem(x) || a.HasStem(y))) return false;
        }
        return true;
    }

    public int Overlap(ClaimSignature other)
    {
        int n = 0;
        for (int k = 0; k < _distinct.Length; k++)
            if (other.HasStem(_distinct[k], _distinctHashes[k])) n++;
        return n;
    }

    /// <summary>Is this the same claim, by the same main content words? (figures are matched separately)</summary>
    public bool SameContent(ClaimSignature other)
    {
        int overlap = Overlap(other);
        int smaller = Math.Min(_distinct.Length, other._distinct.Length);
        if (overlap < 3 || overlap * 3 < smaller) return false;
        // The same claim restated keeps its words together ("the fire was started deliberately");
        // words shared by chance are scattered across two long sentences.
        return IsCompact(this, other, overlap) && IsCompact(other, this, overlap);
    }

    /// <summary>
    /// Do the shared words of <paramref name="a"/> lie close together in it? Each shared stem counts at its
    /// last mention. Read from the parallel arrays, without the stem map: this runs for every candidate a
    /// claim lookup finds, dozens per sentence in a draft that repeats itself.
    /// </summary>
    private static bool IsCompact(ClaimSignature a, ClaimSignature b, int overlap)
    {
        int first = int.MaxValue, last = -1;
        var stems = a._stemOfToken;
        var hashes = a._hashOfStem;
        for (int k = 0; k < stems.Length; k++)
        {
            if (IsMentionedAfter(stems, hashes, k) || !b.HasStem(stems[k], hashes[k])) continue; // not its last mention, or not shared
            int i = a._tokenOfStem[k];
            first = Math.Min(first, i);
            last = Math.Max(last, i);
        }
        return last >= 0 && last - first + 1 <= 3 * overlap + 2;
    }

    /// <summary>The stem at <paramref name="k"/> comes again later in <paramref name="stems"/>.</summary>
    private static bool IsMentionedAfter(string[] stems, int[] hashes, int k)
    {
        for (int j = k + 1; j < stems.Length; j++)
            if (hashes[j] == hashes[k] && string.Equals(stems[j], stems[k], StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The first and last token (indexes) of the content words whose stem is in <paramref name="only"/>
    /// (all content words when null), every mention of each; null when there is none.
    /// </summary>
    internal (int First, int Last)? TokenBounds(IReadOnlySet<string>? only)
    {
        int first = int.MaxValue, last = -1;
        for (int k = 0; k < _stemOfToken.Length; k++)
        {
            if (only is not null && !only.Contains(_stemOfToken[k])) continue;
            first = Math.Min(first, _tokenOfStem[k]);
            last = Math.Max(last, _tokenOfStem[k]);
        }
        return last < 0 ? null : (first, last);
    }
}
