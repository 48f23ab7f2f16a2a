using SourceLint.Core.Documents;

namespace SourceLint.Core.Analysis;

/// <summary>
/// What <see cref="BlockRecognizer"/> found in one paragraph: its quotes and its sentences, exactly as
/// recognized, before any whole-draft pass (attribution scope, back-references) has written to them.
/// </summary>
internal sealed class BlockAnalysis(List<Quote> quotes, List<SentenceAnalysis> sentences)
{
    public IReadOnlyList<Quote> Quotes { get; } = quotes;
    public IReadOnlyList<SentenceAnalysis> Sentences { get; } = sentences;

    /// <summary>The paragraph opens a quote it does not close: the next paragraph starts inside it.</summary>
    public bool QuoteOpenAfter => Quotes.Count > 0 && Quotes[^1].ContinuesToNextParagraph;

    /// <summary>
    /// Appends copies of the sentences standing in <paramref name="block"/>, for one analysis to own.
    /// A kept <see cref="BlockAnalysis"/> is never handed out itself: the whole-draft passes write to
    /// sentences and quotes, and two analyses (an old version still running, hover reading the last
    /// one) must never see each other's writes.
    /// </summary>
    public void AppendCopies(ProseBlock block, List<SentenceAnalysis> into)
    {
        // Most paragraphs hold no quote: no copies array and no closure for them (one of each per paragraph per edit).
        if (Quotes.Count == 0)
        {
            foreach (var s in Sentences) into.Add(s.CopyFor(block, NoQuotes));
            return;
        }
        var copies = new Quote[Quotes.Count];
        for (int i = 0; i < copies.Length; i++) copies[i] = Quotes[i] with { AttributedBy = null };
        Quote CopyOf(Quote q)
        {
            for (int i = 0; i < copies.Length; i++)
                if (ReferenceEquals(Quotes[i], q)) return copies[i];
            throw new InvalidOperationException("a sentence's quote is not one of its paragraph's quotes");
        }
        foreach (var s in Sentences) into.Add(s.CopyFor(block, CopyOf));
    }

    private static readonly Func<Quote, Quote> NoQuotes =
        static _ => throw new InvalidOperationException("a sentence's quote is not one of its paragraph's quotes");
}
