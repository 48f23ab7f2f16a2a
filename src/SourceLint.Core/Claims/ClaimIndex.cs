using System.Runtime.InteropServices;
using SourceLint.Core.Analysis;
using SourceLint.Core.Documents;
using SourceLint.Core.Ledger;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Recognizers.Figures;
using SourceLint.Core.Sentences;
using SourceLint.Core.Text;

namespace SourceLint.Core.Claims;

/// <summary>
/// An index of the draft's claim signatures by stem and by figure, so "the same claim" (rules.md,
/// SL201) is found by lookup, never by comparing every pair of sentences. Ledger entries are matched
/// through the same index.
/// </summary>
public sealed partial class ClaimIndex
{
    /// <summary>
    /// Sentence → signature, built only if a sentence of this index was indexed again by another index since
    /// (<see cref="SignatureOf"/> reads the sentence's own reference first: a dictionary entry per sentence and a
    /// probe per lookup were a measurable share of the claim rules' time).
    /// </summary>
    private Dictionary<SentenceAnalysis, ClaimSignature>? _bySentence;
    /// <summary>
    /// The stem index: each stem's postings (signatures, in reading order) chained through two arrays,
    /// with the first and last posting and the count in the dictionary. A List per distinct stem was a sixth of
    /// the engine's allocation, for an index a draft queries only for its hedged and headline sentences;
    /// it is built once a draft makes enough queries to pay for it (<see cref="StemIndexForLookup"/>), and many never do.
    /// </summary>
    private StemIndex? _byStem;
    /// <summary>The signatures in reading order.</summary>
    private readonly ClaimSignature[] _ordered;
    private readonly Dictionary<FigureKey, List<ClaimSignature>> _byFigure = new();
    private readonly Dictionary<string, List<ClaimSignature>> _byNoun = new(StringComparer.Ordinal);
    private readonly List<(LedgerEntry Entry, List<ClaimSignature> Matches)> _ledger = new();

    private ClaimIndex(ClaimSignature[] ordered)
    {
        _ordered = ordered;
        _sameContent = new IReadOnlyList<ClaimSignature>?[ordered.Length];
        _sameContentLoose = new IReadOnlyList<ClaimSignature>?[ordered.Length];
    }

    /// <param name="previous">The index of the previous version of the same draft, whose lookups this one may carry over (<see cref="CarriedLookups"/>).</param>
    public static ClaimIndex Build(IReadOnlyList<SentenceAnalysis> sentences, LexiconSet lexicons, VerificationLedger ledger, ClaimIndex? previous = null)
    {
        var words = new ContentWords(lexicons);
        var signatures = new ClaimSignature[sentences.Count];
        for (int i = 0; i < signatures.Length; i++)
        {
            signatures[i] = Signature(sentences[i], words);
            signatures[i].Position = i;
        }
        var index = new ClaimIndex(signatures);
        if (previous is not null)
        {
            index._carried = CarriedLookups.Between(previous, index);
            index._stemCountHint = previous._byStem?.StemCount ?? previous._stemCountHint;
        }
        foreach (var sig in signatures)
        {
            sig.Index = index;
            sig.Sentence.ClaimSignature = sig;
            foreach (var (_, key) in sig.Figures)
            {
                Add(index._byFigure, key, sig);
                if (!IsUnitKey(key)) Add(index._byNoun, key.Noun, sig);
            }
        }
        if (ledger.Entries.Count > 0)
        {
            var figures = new FigureRecognizer(lexicons);
            foreach (var entry in ledger.Entries)
                index._ledger.Add((entry, index.MatchLedgerEntry(entry, words, figures, lexicons.Vocabulary)));
        }
        return index;
    }

    private static void Add<TKey>(Dictionary<TKey, List<ClaimSignature>> map, TKey key, ClaimSignature sig) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<ClaimSignature>();
        if (list.Count == 0 || !ReferenceEquals(list[^1], sig)) list.Add(sig);
    }

    private static readonly List<(Figure, FigureKey)> NoFigures = new(0);

    internal static ClaimSignature Signature(SentenceAnalysis s, ContentWords words)
    {
        // Kept with the sentence (and its copies in later analyses of an open draft): stemming is most of the index's cost.
        var content = s.Memo.ContentStems ??= ContentStemsOf(s, words);
        var figures = s.Figures.Count == 0 ? NoFigures : new List<(Figure, FigureKey)>();
        foreach (var f in s.Figures)
            if (KeyOf(f) is { } key) figures.Add((f, key));
        return new ClaimSignature(s, content, figures);
    }

    private static ContentStems ContentStemsOf(SentenceAnalysis s, ContentWords words)
    {
        // One pass over the tokens, noting the content words' indexes, then arrays at their exact size: the content
        // test reads each token's form, a cache miss for the rarer words, and a counting pass paid that twice.
        var tokens = s.Tokens;
        var found = t_contentTokens;
        if (found is null || found.Length < tokens.Count) t_contentTokens = found = new int[Math.Max(64, tokens.Count)];
        int count = 0;
        for (int i = 0; i < tokens.Count; i++)
            if (words.IsContent(tokens[i])) found[count++] = i;
        var stems = new string[count];
        var hashes = new int[count];
        var indexes = found.AsSpan(0, count).ToArray();
        for (int k = 0; k < count; k++)
        {
            var form = tokens[indexes[k]].Form;
            stems[k] = form.Stem;
            hashes[k] = form.StemHash;
        }
        return new ContentStems(stems, indexes, hashes);
    }

    /// <summary>The token indexes of a sentence's content words, while <see cref="ContentStemsOf"/> collects them.</summary>
    [ThreadStatic] private static int[]? t_contentTokens;

    /// <summary>Value and counted noun; money and percentages without a noun are keyed by their unit ("£", "%").</summary>
    internal static FigureKey? KeyOf(Figure f)
    {
        if (f.Value is not { } v) return null;
        if (f.CountedNoun is { } noun) return new FigureKey(v, ContentWords.Stem(noun));
        foreach (string unit in Units)
            if (f.Text.Contains(unit)) return new FigureKey(v, unit);
        if (f.Text.Contains("per cent")) return new FigureKey(v, "%");
        return null;
    }

    private static readonly string[] Units = ["£", "$", "€", "%"];

    private static bool IsUnitKey(FigureKey key) => key.Noun is "£" or "$" or "€" or "%";

    public ClaimSignature SignatureOf(SentenceAnalysis sentence) =>
        sentence.ClaimSignature is { } sig && ReferenceEquals(sig.Index, this) ? sig : (_bySentence ??= BySentence())[sentence];

    private Dictionary<SentenceAnalysis, ClaimSignature> BySentence()
    {
        var map = new Dictionary<SentenceAnalysis, ClaimSignature>(_ordered.Length, ReferenceEqualityComparer.Instance);
        foreach (var sig in _ordered) map[sig.Sentence] = sig;
        return map;
    }

    /// <summary>Other sentences sharing a figure (same value, same counted noun) with this one.</summary>
    public IEnumerable<(ClaimSignature Other, Figure Mine, Figure Theirs)> SameFigure(SentenceAnalysis sentence)
    {
        var sig = SignatureOf(sentence);
        return sig.Figures.Count == 0 ? [] : SameFigure(sig); // most sentences have no figure: no iterator for them
    }

    private IEnumerable<(ClaimSignature Other, Figure Mine, Figure Theirs)> SameFigure(ClaimSignature sig)
    {
        foreach (var (figure, key) in sig.Figures)
            if (_byFigure.TryGetValue(key, out var others))
                foreach (var o in Nearest(others, sig))
                        foreach (var (theirs, k2) in o.Figures)
                            if (k2 == key) yield return (o, figure, theirs);
    }

    /// <summary>How many other mentions of one figure or noun are compared: a long draft's hundredth "people" is not checked against all 99 others.</summary>
    private const int MaxMentionsCompared = 24;

    /// <summary>Other sentences with a figure of the same counted noun (any value).</summary>
    public IEnumerable<(ClaimSignature Other, Figure Mine, Figure Theirs)> SameNoun(SentenceAnalysis sentence)
    {
        var sig = SignatureOf(sentence);
        return sig.Figures.Count == 0 ? [] : SameNoun(sig);
    }

    private IEnumerable<(ClaimSignature Other, Figure Mine, Figure Theirs)> SameNoun(ClaimSignature sig)
    {
        foreach (var (figure, key) in sig.Figures)
            if (_byNoun.TryGetValue(key.Noun, out var others))
                foreach (var o in Nearest(others, sig))
                        foreach (var (theirs, k2) in o.Figures)
                            if (k2.Noun == key.Noun && !IsUnitKey(key)) yield return (o, figure, theirs);
    }

    /// <summary>The mentions nearest before and after <paramref name="sig"/> in reading order, itself excluded.</summary>
    private IEnumerable<ClaimSignature> Nearest(List<ClaimSignature> list, ClaimSignature sig)
    {
        if (list.Count <= MaxMentionsCompared + 1)
        {
            foreach (var o in list) if (!ReferenceEquals(o, sig)) yield return o;
            yield break;
        }
        int index = list.BinarySearch(sig, ByPosition);
        if (index < 0) index = ~index;
        int from = Math.Max(0, index - MaxMentionsCompared / 2), to = Math.Min(list.Count, from + MaxMentionsCompared + 1);
        for (int i = from; i < to; i++) if (!ReferenceEquals(list[i], sig)) yield return list[i];
    }

    private static readonly Comparer<ClaimSignature> ByPosition = Comparer<ClaimSignature>.Create((a, b) => a.Position.CompareTo(b.Position));

    /// <summary>Other sentences making the same claim by content words. Candidates come from the index by stem.</summary>
    public IReadOnlyList<ClaimSignature> SameContent(SentenceAnalysis sentence)
    {
        var sig = SignatureOf(sentence);
        return Memoized(_sameContent, sig, static index => index._sameContent, static (sig, o, n) => n >= 3 && sig.SameContent(o));
    }

    /// <summary>Body sentences sharing at least half of a short claim's content words (for headlines, which are terse).</summary>
    public IReadOnlyList<ClaimSignature> SameContentLoose(SentenceAnalysis sentence)
    {
        var sig = SignatureOf(sentence);
        return Memoized(_sameContentLoose, sig, static index => index._sameContentLoose, static (sig, o, n) => n >= 3 && n * 2 >= sig.DistinctSpan.Length);
    }

    /// <summary>The stem index, built over all signatures in reading order the first time it is needed (a race builds it twice, harmlessly).</summary>
    private StemIndex EnsureStemIndex() => _byStem ??= new StemIndex(_ordered, _stemCountHint);

    /// <summary>
    /// The stem index for a same-content lookup, or null to find the lookup's postings by reading every signature
    /// (<see cref="Scratch.Holders"/>). Most drafts make only a lookup or two (the headline's and the lede's), and
    /// for those, building the index over every stem of the draft cost more than reading each signature's few stem
    /// hashes once per lookup; from the <see cref="LookupsWithoutIndex"/>+1th lookup on, or in a long draft, the index
    /// is built. Both give the same postings, so which one a lookup uses never changes what it finds.
    /// </summary>
    private StemIndex? StemIndexForLookup()
    {
        if (_byStem is { } built) return built;
        if (_ordered.Length <= MaxSignaturesWithoutIndex && Interlocked.Increment(ref _lookupsWithoutIndex) <= LookupsWithoutIndex) return null;
        return EnsureStemIndex();
    }

    private const int LookupsWithoutIndex = 3;
    private const int MaxSignaturesWithoutIndex = 100;
    private int _lookupsWithoutIndex;

    /// <summary>How many distinct stems the previous version of the draft had (0: unknown), to size this version's stem index.</summary>
    private int _stemCountHint;

    /// <summary>
    /// Each stem's postings, the signatures holding it, laid out one stem after another in reading order
    /// (two passes: count, then fill), so a stem's postings are one slice and the ones nearest a sentence
    /// are found by binary search. Stems are keyed with their hashes, computed once per word form
    /// (<see cref="Lexicons.WordForm.StemHash"/>): hashing the stem strings here read every one of them, scattered
    /// over the heap, and those cache misses were most of the index's cost.
    /// </summary>
    private sealed class StemIndex
    {
        private readonly Dictionary<StemKey, (int Start, int Count)> _slices;
        private readonly ClaimSignature[] _postings;

        /// <param name="stemCountHint">The previous version's count of distinct stems, 0 when there is none.</param>
        public StemIndex(ClaimSignature[] ordered, int stemCountHint)
        {
            // Sized once for the most stems the draft can have (every posting a new stem): growing the table
            // step by step left a trail of discarded tables that was a tenth of the engine's allocation. After an
            // edit, sized from the previous version's count instead: an edit adds a few stems at most, and a
            // table for every posting of a 10,000-word draft (~170 kB) went to the large-object heap on every
            // edit, which brought a gen2 collection every few dozen edits.
            int postings = 0;
            foreach (var sig in ordered) postings += sig.DistinctSpan.Length;
            int capacity = stemCountHint > 0 ? Math.Min(postings, stemCountHint + stemCountHint / 16 + 16) : postings;
            _slices = new(capacity);
            // Pass 1: how many signatures hold each stem.
            foreach (var sig in ordered)
            {
                ReadOnlySpan<string> stems = sig.DistinctSpan;
                ReadOnlySpan<int> hashes = sig.DistinctHashes;
                for (int k = 0; k < stems.Length; k++)
                    CollectionsMarshal.GetValueRefOrAddDefault(_slices, new StemKey(stems[k], hashes[k]), out _).Count++;
            }
            // Pass 2: each stem's slice starts where the previous one ends.
            int start = 0;
            // (Writing a value through its reference does not count as changing the dictionary, so its keys can be enumerated meanwhile.)
            foreach (var stem in _slices.Keys)
            {
                ref var slice = ref CollectionsMarshal.GetValueRefOrNullRef(_slices, stem);
                int count = slice.Count;
                slice = (start, 0);
                start += count;
            }
            // Pass 3: signatures come in reading order and a signature's stems are distinct, so each slice fills in order.
            _postings = new ClaimSignature[start];
            foreach (var sig in ordered)
            {
                ReadOnlySpan<string> stems = sig.DistinctSpan;
                ReadOnlySpan<int> hashes = sig.DistinctHashes;
                for (int k = 0; k < stems.Length; k++)
                {
                    ref var slice = ref CollectionsMarshal.GetValueRefOrNullRef(_slices, new StemKey(stems[k], hashes[k]));
                    _postings[slice.Start + slice.Count++] = sig;
                }
            }
        }

        public int StemCount => _slices.Count;

        /// <summary>The signatures holding the stem whose hash (<see cref="string.GetHashCode()"/>) is <paramref name="hash"/>, in reading order (empty when none).</summary>
        public ReadOnlySpan<ClaimSignature> Postings(string stem, int hash) =>
            _slices.TryGetValue(new StemKey(stem, hash), out var slice) ? _postings.AsSpan(slice.Start, slice.Count) : default;

        public ReadOnlySpan<ClaimSignature> Postings(string stem) => Postings(stem, stem.GetHashCode());

        /// <summary>A stem with its hash: equal keys have equal hashes, and a stem's text is compared only when the hashes match.</summary>
        private readonly struct StemKey(string stem, int hash) : IEquatable<StemKey>
        {
            private readonly string _stem = stem;
            private readonly int _hash = hash;
            public bool Equals(StemKey other) => _hash == other._hash && string.Equals(_stem, other._stem, StringComparison.Ordinal);
            public override bool Equals(object? obj) => obj is StemKey other && Equals(other);
            public override int GetHashCode() => _hash;
        }
    }

    /// <summary>
    /// The other signatures that share stems with <paramref name="sig"/> and that <paramref name="accept"/>
    /// takes given how many they share, in the order they are first met. Counted in an array by reading
    /// position, reused from call to call (<see cref="Scratch"/>): a dictionary per lookup was most of
    /// the claim rules' allocation, and a draft that repeats itself makes every lookup find dozens.
    /// </summary>
    private IReadOnlyList<ClaimSignature> Sharing(ClaimSignature sig, Func<ClaimSignature, ClaimSignature, int, bool> accept)
    {
        var byStem = StemIndexForLookup();
        var scratch = Interlocked.Exchange(ref _scratch, null) ?? new Scratch(_ordered.Length);
        var (counts, met) = (scratch.Counts, scratch.Met);
        ReadOnlySpan<string> stems = sig.DistinctSpan;
        ReadOnlySpan<int> hashes = sig.DistinctHashes;
        for (int k = 0; k < stems.Length; k++)
        {
            var postings = byStem is not null ? byStem.Postings(stems[k], hashes[k]) : scratch.Holders(_ordered, stems[k], hashes[k]);
            if (postings.Length == 0 || postings.Length > 64) continue; // too common a word to identify a claim
            // Only the mentions nearest this one in reading order: in a long draft the fortieth sentence holding
            // "attack" is not compared with every other one, so a lookup costs the same at 50,000 words as at 5,000.
            int at = NearestIndex(postings, sig.Position);
            int from = Math.Max(0, at - MaxMentionsCompared / 2), to = Math.Min(postings.Length, from + MaxMentionsCompared + 1);
            from = Math.Max(0, to - MaxMentionsCompared - 1);
            for (int p = from; p < to; p++)
            {
                var o = postings[p];
                if (ReferenceEquals(o, sig)) continue;
                if (counts[o.Position]++ == 0) met.Add(o.Position);
            }
        }
        List<ClaimSignature>? accepted = null;
        foreach (int position in met)
        {
            var o = _ordered[position];
            if (accept(sig, o, counts[position])) (accepted ??= new()).Add(o);
            counts[position] = 0;
        }
        met.Clear();
        _scratch = scratch; // back for the next lookup (a lookup racing on another thread made its own)
        return accepted ?? (IReadOnlyList<ClaimSignature>)[];
    }

    /// <summary>The index in <paramref name="postings"/> (reading order) of the first signature at or after <paramref name="position"/>.</summary>
    private static int NearestIndex(ReadOnlySpan<ClaimSignature> postings, int position)
    {
        int lo = 0, hi = postings.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (postings[mid].Position < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Per-signature counters, all zero between lookups, and the positions a lookup touched; one kept per index, taken by the lookup that uses it.</summary>
    private sealed class Scratch(int signatures)
    {
        public int[] Counts { get; } = new int[signatures];
        public List<int> Met { get; } = new();
        private readonly List<ClaimSignature> _holders = new();

        /// <summary>
        /// The signatures holding the stem, in reading order: what the stem index's postings for it would be,
        /// found by reading every signature's distinct stems (by hash; <see cref="StemIndexForLookup"/>). Valid
        /// until the next call.
        /// </summary>
        public ReadOnlySpan<ClaimSignature> Holders(ClaimSignature[] ordered, string stem, int hash)
        {
            _holders.Clear();
            foreach (var sig in ordered)
                if (sig.HasStem(stem, hash)) _holders.Add(sig);
            return CollectionsMarshal.AsSpan(_holders);
        }
    }

    private Scratch? _scratch;

    public IReadOnlyList<(LedgerEntry Entry, List<ClaimSignature> Matches)> LedgerMatches => _ledger;

    /// <summary>The sentence makes a claim the ledger marks verified.</summary>
    public bool IsLedgerVerified(SentenceAnalysis sentence) => LedgerEntryFor(sentence, LedgerStatus.Verified) is not null;

    public LedgerEntry? LedgerEntryFor(SentenceAnalysis sentence, LedgerStatus status)
    {
        foreach (var (entry, matches) in _ledger)
        {
            if (entry.Status != status) continue;
            foreach (var m in matches) if (ReferenceEquals(m.Sentence, sentence)) return entry;
        }
        return null;
    }

    /// <summary>
    /// A ledger entry matches a sentence that has its figure (same value and counted noun) or, for an
    /// entry without a figure, three quarters of its content words (at least two).
    /// </summary>
    /// <summary>The stems of each ledger entry, to find which words of a matching sentence make its claim.</summary>
    public Dictionary<LedgerEntry, HashSet<string>> LedgerStems { get; } = new(ReferenceEqualityComparer.Instance);

    private List<ClaimSignature> MatchLedgerEntry(LedgerEntry entry, ContentWords words, FigureRecognizer figures, Vocabulary vocabulary)
    {
        var span = new TextSpan(0, entry.Claim.Length);
        var tokens = Tokenizer.TokenizeToList(entry.Claim, span, vocabulary);
        var stems = tokens.Where(words.IsContent).Select(ContentWords.Stem).Distinct().ToList();
        LedgerStems[entry] = stems.ToHashSet(StringComparer.Ordinal);
        var keys = figures.Recognize(entry.Claim, tokens).Select(KeyOf).OfType<FigureKey>().ToList();
        var result = new List<ClaimSignature>();
        if (keys.Count > 0)
        {
            foreach (var key in keys)
                if (_byFigure.TryGetValue(key, out var list))
                    result.AddRange(list.Where(s => !result.Contains(s)));
            return result;
        }
        var counts = new Dictionary<ClaimSignature, int>(ReferenceEqualityComparer.Instance);
        var byStem = EnsureStemIndex();
        foreach (var stem in stems)
            foreach (var holder in byStem.Postings(stem))
                counts[holder] = counts.GetValueOrDefault(holder) + 1;
        int needed = Math.Max(2, (int)Math.Ceiling(stems.Count * 0.75));
        foreach (var (s, n) in counts)
            if (n >= needed) result.Add(s);
        return result;
    }
}
