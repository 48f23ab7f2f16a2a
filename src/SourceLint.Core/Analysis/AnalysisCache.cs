using SourceLint.Core.Documents;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Text;

namespace SourceLint.Core.Analysis;

/// <summary>
/// Remembers what the recognizers found in each paragraph of one document, so that re-linting after an
/// edit recognizes only the paragraphs the edit changed; the whole-draft passes (attribution scope,
/// back-references, the ledger, the claim index) and the rules still run over the whole draft, so the
/// result is the one a fresh analysis gives. A paragraph is reused when its prose text, scope, links and
/// the quote left open before it are the same; it may have moved.
/// <para>
/// One cache per open document (the language server keeps one per draft); <see cref="LintEngine.Lint"/>
/// takes it optionally and the CLI lints without one. Bounded: after each analysis only the paragraphs
/// of that version are kept. Safe to use from two analyses at once (a superseded one may still be
/// finishing): the entries are never changed once stored.
/// </para>
/// </summary>
public sealed class AnalysisCache
{
    private readonly object _gate = new();
    private Dictionary<BlockKey, BlockAnalysis> _entries = new();
    private LexiconSet? _lexicons;

    /// <summary>Paragraphs reused and recognized, summed over every analysis (for tests and the benchmark).</summary>
    public long Reused { get; private set; }
    public long Recognized { get; private set; }

    /// <summary>How many paragraphs are kept.</summary>
    public int Count { get { lock (_gate) return _entries.Count; } }

    /// <summary>Drafts read from the previous version instead of from scratch, summed (for tests and the benchmark).</summary>
    public long IncrementalReads { get; private set; }

    /// <summary>The last Markdown draft read in full or incrementally: what the next version is read against.</summary>
    private Draft? _lastDraft;

    /// <summary>
    /// The draft of <paramref name="source"/> read from the last one remembered (<see cref="IncrementalMarkdownReader"/>),
    /// or null when the edit between them is not one it handles, or anything goes wrong: the caller then reads
    /// the whole draft, so a surprise here costs time, never a wrong result or a failed lint.
    /// </summary>
    internal Draft? ReadIncrementally(string path, SourceText source)
    {
        Draft? previous;
        lock (_gate) previous = _lastDraft;
        if (previous is null || !string.Equals(previous.Path, path, StringComparison.Ordinal) || !Draft.IsMarkdownPath(path)) return null;
        Draft? draft;
        try { draft = IncrementalMarkdownReader.TryRead(previous, source); }
        catch (Exception) { draft = null; }
        if (draft is null) return null;
        lock (_gate) IncrementalReads++;
        RememberDraft(draft);
        return draft;
    }

    /// <summary>
    /// Keeps <paramref name="draft"/> (a whole, correct reading of its text; null forgets) for the next incremental
    /// read. Whichever analysis remembers last wins: the next read compares texts, so any earlier version works.
    /// </summary>
    internal void RememberDraft(Draft? draft)
    {
        lock (_gate) _lastDraft = draft;
    }

    /// <summary>The claim index of the last version whose rules all ran, with the lexicons it was built with.</summary>
    private (Claims.ClaimIndex Index, LexiconSet Lexicons)? _lastClaims;

    /// <summary>The last claim index kept (see <see cref="RememberClaims"/>) if built with <paramref name="lexicons"/>: its lookups may carry over.</summary>
    internal Claims.ClaimIndex? LastClaims(LexiconSet lexicons)
    {
        lock (_gate) return _lastClaims is var (index, used) && ReferenceEquals(used, lexicons) ? index : null;
    }

    /// <summary>
    /// Keeps the claim index of a version whose rules have all run (so its lookups are the ones the next
    /// version's rules will ask again). Only one is kept: it no longer refers to the index before it.
    /// </summary>
    internal void RememberClaims(Claims.ClaimIndex claims, LexiconSet lexicons)
    {
        lock (_gate) _lastClaims = (claims, lexicons);
    }

    /// <summary>Starts one analysis: the paragraphs it uses are the ones kept when it completes.</summary>
    internal Use Begin(LexiconSet lexicons)
    {
        lock (_gate)
        {
            // Other lexicons (the configuration changed) recognize differently: start over.
            if (!ReferenceEquals(_lexicons, lexicons)) { _entries = new(); _lexicons = lexicons; }
            return new Use(this, _entries);
        }
    }

    /// <summary>One analysis's use of the cache: finds or recognizes each paragraph in turn, then keeps what it used.</summary>
    internal sealed class Use(AnalysisCache cache, Dictionary<BlockKey, BlockAnalysis> previous)
    {
        private readonly Dictionary<BlockKey, BlockAnalysis> _used = new(previous.Count + 1);
        private int _reused, _recognized;

        public BlockAnalysis Get(ProseBlock block, bool quoteOpen, BlockRecognizer recognizer)
        {
            var key = new BlockKey(block, quoteOpen);
            if (_used.TryGetValue(key, out var found)) { _reused++; return found; } // the same paragraph twice in one draft
            // Reading the previous version's entries without the lock is safe: that dictionary is never written again.
            if (previous.TryGetValue(key, out found)) _reused++;
            else { found = recognizer.Recognize(block, quoteOpen); _recognized++; }
            _used[key] = found;
            return found;
        }

        /// <summary>The analysis finished: keep only the paragraphs it used (unless another analysis of the same lexicons replaced them meanwhile, which only costs reuse).</summary>
        public void Complete()
        {
            lock (cache._gate)
            {
                cache.Reused += _reused;
                cache.Recognized += _recognized;
                if (ReferenceEquals(cache._entries, previous)) cache._entries = _used;
            }
        }
    }

    /// <summary>What a paragraph's recognition depends on (see <see cref="BlockRecognizer"/>).</summary>
    internal sealed class BlockKey : IEquatable<BlockKey>
    {
        private readonly string _text;
        private readonly ProseScope _scope;
        private readonly bool _quoteOpen;
        private readonly IReadOnlyList<TextSpan> _links;
        private readonly int _hash;

        public BlockKey(ProseBlock block, bool quoteOpen)
        {
            _text = block.Text;
            _scope = block.Scope;
            _quoteOpen = quoteOpen;
            _links = block.Links;
            _hash = HashCode.Combine(string.GetHashCode(_text, StringComparison.Ordinal), _scope, _quoteOpen, _links.Count);
        }

        public bool Equals(BlockKey? other)
        {
            if (other is null || other._hash != _hash || other._scope != _scope || other._quoteOpen != _quoteOpen) return false;
            if (!string.Equals(other._text, _text, StringComparison.Ordinal) || other._links.Count != _links.Count) return false;
            for (int i = 0; i < _links.Count; i++)
                if (other._links[i] != _links[i]) return false;
            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as BlockKey);
        public override int GetHashCode() => _hash;
    }
}
