using SourceLint.Core.Documents;
using SourceLint.Core.Ledger;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Recognizers.Allegations;
using SourceLint.Core.Recognizers.Attribution;
using SourceLint.Core.Recognizers.Figures;
using SourceLint.Core.Recognizers.Framing;
using SourceLint.Core.Recognizers.Quotes;
using SourceLint.Core.Sentences;

namespace SourceLint.Core.Analysis;

/// <summary>
/// Runs the recognizers over a draft once, in reading order: sentences, then quotes, figures,
/// hedges and boosters, attributions, and finally the attribution scope across sentences.
/// </summary>
public static class DraftAnalyzer
{
    private static readonly HashSet<string> BackReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "figure", "figures", "claim", "claims", "number", "numbers", "account", "accounts", "report", "reports", "toll", "total", "estimate", "estimates", "tally",
    };

    /// <summary>"That figure could not be independently verified." marks the previous sentence of the paragraph unverified.</summary>
    private static void MarkSignalsReferringBack(List<SentenceAnalysis> sentences)
    {
        for (int k = 1; k < sentences.Count; k++)
        {
            var s = sentences[k];
            if (s.UnverifiedSignals.Count == 0 || s.Figures.Count > 0 || s.ParagraphIndex != sentences[k - 1].ParagraphIndex) continue;
            var t = s.Tokens;
            if (t.Count >= 2 && t[0].Lower is "that" or "this" or "the" or "these" or "those" && BackReferences.Contains(t[1].Lower))
                sentences[k - 1].UnverifiedByNext = s;
        }
    }

    public static DraftAnalysis Analyze(Draft draft, LexiconSet lexicons, CancellationToken cancellationToken = default)
    {
        var splitter = new SentenceSplitter(lexicons.Abbreviations);
        var figures = new FigureRecognizer(lexicons);
        var framing = new FramingRecognizer(lexicons);
        var attributions = new AttributionRecognizer(lexicons);
        var allegations = new AllegationRecognizer(lexicons);
        var sentences = new List<SentenceAnalysis>();
        bool quoteOpen = false;
        foreach (var block in draft.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var quotes = QuoteScanner.Scan(block.Text, quoteOpen);
            quoteOpen = quotes.Count > 0 && quotes[^1].ContinuesToNextParagraph;
            var spans = splitter.Split(block.Text);
            for (int i = 0; i < spans.Count; i++)
            {
                var sentence = new SentenceAnalysis(block, block.Index, i, spans[i], Tokenizer.Tokenize(block.Text, spans[i], lexicons.Vocabulary));
                foreach (var q in quotes)
                    if (q.Span.Overlaps(spans[i])) sentence.Quotes.Add(q);
                foreach (var f in figures.Recognize(block.Text, sentence.Tokens))
                {
                    f.InsideQuote = sentence.QuoteContaining(f.Span);
                    sentence.Figures.Add(f);
                }
                framing.Recognize(sentence);
                attributions.Recognize(sentence);
                allegations.Recognize(sentence);
                sentences.Add(sentence);
            }
        }
        AttributionScope.Apply(sentences);
        MarkSignalsReferringBack(sentences);

        var problems = new List<Diagnostics.LintProblem>();
        var ledger = VerificationLedger.Empty;
        try
        {
            ledger = VerificationLedger.Read(draft);
        }
        catch (Configuration.ConfigurationException e)
        {
            problems.Add(new Diagnostics.LintProblem(e.File, e.Line, e.Column, e.Problem));
        }
        return new DraftAnalysis(draft, lexicons, sentences, ledger) { Problems = problems };
    }
}
