using SourceLint.Core.Documents;
using SourceLint.Core.Text;

namespace SourceLint.Core.Analysis;

/// <summary>
/// Everything the recognizers found in one sentence. Spans are in the paragraph's prose text
/// (<see cref="Block"/>); <see cref="ToSource"/> maps them back to the file.
/// </summary>
public sealed class SentenceAnalysis
{
    internal SentenceAnalysis(ProseBlock block, int paragraphIndex, int indexInParagraph, TextSpan span, TokenList tokens)
    {
        Block = block;
        ParagraphIndex = paragraphIndex;
        IndexInParagraph = indexInParagraph;
        Span = span;
        Tokens = tokens;
        Quotes = new();
        Figures = new();
        Attributions = new();
        Hedges = new();
        Boosters = new();
        UnverifiedSignals = new();
        UnnamedSources = new();
        Allegations = new();
        Memo = new();
    }

    /// <summary>
    /// A copy of <paramref name="recognized"/> standing in <paramref name="block"/> (same prose text, scope and
    /// links, maybe elsewhere in the file), as if recognized afresh. Quotes, figures and attributions are
    /// copied: the whole-draft passes write to quotes, figures point at quotes, and rules and the source
    /// report tell figures and attributions apart by identity (a paragraph that stands twice in a draft must
    /// give two of each). Tokens, words, markers, unnamed sources and allegations are shared: immutable
    /// once recognized, and never compared by identity. What the passes set on the sentence itself
    /// (<see cref="ContextAttribution"/>, <see cref="UnverifiedByNext"/>) starts empty.
    /// <paramref name="quoteCopies"/> maps each of the paragraph's quotes to its copy.
    /// </summary>
    private SentenceAnalysis(SentenceAnalysis recognized, ProseBlock block, Func<Quote, Quote> quoteCopies)
    {
        Block = block;
        ParagraphIndex = block.Index;
        IndexInParagraph = recognized.IndexInParagraph;
        Span = recognized.Span;
        Tokens = recognized.Tokens;
        _text = recognized._text;
        _words = recognized._words;
        Quotes = CopiedOrShared(recognized.Quotes, quoteCopies, static (q, copies) => copies(q));
        Figures = CopiedOrShared(recognized.Figures, quoteCopies,
            static (f, copies) => f with { InsideQuote = f.InsideQuote is { } q ? copies(q) : null });
        Attributions = CopiedOrShared(recognized.Attributions, quoteCopies, static (a, _) => a with { });
        Hedges = recognized.Hedges;
        Boosters = recognized.Boosters;
        UnverifiedSignals = recognized.UnverifiedSignals;
        UnnamedSources = recognized.UnnamedSources;
        Allegations = recognized.Allegations;
        HasConviction = recognized.HasConviction;
        Memo = recognized.Memo;
    }

    /// <summary>
    /// Each item copied into a new list, or, when there is none, the recognized sentence's own empty list: most
    /// sentences have no quote, figure or attribution, and nothing adds to a list after recognition, so an edit
    /// does not allocate thousands of empty lists.
    /// </summary>
    private static List<T> CopiedOrShared<T>(List<T> items, Func<Quote, Quote> quoteCopies, Func<T, Func<Quote, Quote>, T> copy)
    {
        if (items.Count == 0) return items;
        var copies = new List<T>(items.Count);
        foreach (var item in items) copies.Add(copy(item, quoteCopies));
        return copies;
    }

    /// <summary>See the private constructor: a fresh-looking copy of a recognized sentence for another analysis.</summary>
    internal SentenceAnalysis CopyFor(ProseBlock block, Func<Quote, Quote> quoteCopies) => new(this, block, quoteCopies);

    /// <summary>
    /// The sentence's signature in the claim index built over it last (<see cref="Claims.ClaimIndex.SignatureOf"/>
    /// checks that it is its own). Not copied: a copy belongs to another analysis and gets its own.
    /// </summary>
    internal Claims.ClaimSignature? ClaimSignature { get; set; }

    /// <summary>Derived work shared with every copy of this sentence.</summary>
    internal SentenceMemo Memo { get; }

    public ProseBlock Block { get; }
    public ProseScope Scope => Block.Scope;
    public int ParagraphIndex { get; }
    public int IndexInParagraph { get; }
    public TextSpan Span { get; }
    /// <summary>The sentence's text, cut from the paragraph when first asked for (few sentences ever are).</summary>
    public string Text => _text ??= Block.Text.Substring(Span.Start, Span.Length);
    private string? _text;
    public TokenList Tokens { get; }

    private string[]? _words;

    /// <summary>The sentence's words, lower-cased, for phrase lexicons; <see cref="WordTokenIndexes"/> maps each back to its token.</summary>
    public IReadOnlyList<string> Words => _words ??= [.. LowerWords]; // the recognizers read LowerWords; this copy is for other callers
    public IReadOnlyList<int> WordTokenIndexes => WordTokens;

    /// <summary>The words read in place from the tokens (no string array): what the recognizers match phrases on.</summary>
    internal SentenceWords LowerWords => new(Tokens, WordTokens);

    /// <summary>The index of each word's token (the token list's, shared with copies of the sentence as the tokens are).</summary>
    private int[] WordTokens => Tokens.WordIndexes;

    // Filled by the recognizers and read-only afterwards (CopyFor relies on it).
    public List<Quote> Quotes { get; }
    public List<Figure> Figures { get; }
    public List<Attribution> Attributions { get; }
    public List<Marker> Hedges { get; }
    public List<Marker> Boosters { get; }
    public List<Marker> UnverifiedSignals { get; }
    public List<UnnamedSource> UnnamedSources { get; }
    /// <summary>Accusations of a crime, an atrocity or an attack against an identifiable actor.</summary>
    public List<Allegation> Allegations { get; }
    /// <summary>The sentence states a court finding or admission ("was convicted of", "pleaded guilty").</summary>
    public bool HasConviction { get; set; }

    /// <summary>The attribution that covers this sentence from outside it (a continuing speaker, a colon-introduced or multi-paragraph quote).</summary>
    public Attribution? ContextAttribution { get; set; }

    /// <summary>The next sentence ("That figure could not be independently verified.") marks this one unverified.</summary>
    public SentenceAnalysis? UnverifiedByNext { get; set; }

    public bool IsHeadlineOrLede => Scope is ProseScope.Headline or ProseScope.Lede;

    /// <summary>A real (non-weasel) attribution whose scope covers <paramref name="span"/>, if any.</summary>
    public Attribution? CoveringAttribution(TextSpan span)
    {
        foreach (var a in Attributions)
            if (!a.IsWeasel && a.Scope.Contains(span)) return a;
        if (ContextAttribution is { } context && (IsWholeQuoteSentence() || QuoteContaining(span) is not null)) return context;
        return null;
    }

    /// <summary>A weasel phrase that covers <paramref name="span"/> when nothing better does.</summary>
    public Attribution? CoveringWeasel(TextSpan span)
    {
        foreach (var a in Attributions)
            if (a.IsWeasel && a.Scope.Contains(span)) return a;
        return null;
    }

    public bool HasRealAttribution => Attributions.Any(a => !a.IsWeasel);

    public Quote? QuoteContaining(TextSpan span)
    {
        foreach (var q in Quotes)
            if (q.Span.Contains(span)) return q;
        return null;
    }

    /// <summary>True when the sentence is essentially a quotation (it opens with a quote mark).</summary>
    public bool IsWholeQuoteSentence() => Quotes.Count > 0 && Quotes[0].Span.Start <= Span.Start + 1;

    public bool InsideQuote(TextSpan span) => QuoteContaining(span) is not null;

    public TextSpan ToSource(TextSpan proseSpan) => Block.ToSource(proseSpan);
    public TextSpan SourceSpan => Block.ToSource(Span);
    public string TextOf(TextSpan span) => Block.Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;
}
