using SourceLint.Core.Claims;
using SourceLint.Core.Documents;
using SourceLint.Core.Ledger;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Recognizers.Attribution;

namespace SourceLint.Core.Analysis;

/// <summary>
/// Runs the recognizers over a draft once, in reading order: per paragraph (<see cref="BlockRecognizer"/>)
/// sentences, quotes, figures, hedges and boosters, attributions; then the passes across paragraphs (the
/// attribution scope, back-references) and the verification ledger. With an <see cref="AnalysisCache"/>
/// the per-paragraph half is reused for paragraphs an edit did not change; the passes across paragraphs
/// always run over the whole draft, since an edit anywhere can change what they carry.
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
            if (!ClaimFraming.HasOwnUnverifiedSignal(s) || s.Figures.Count > 0 || s.ParagraphIndex != sentences[k - 1].ParagraphIndex) continue;
            var t = s.Tokens;
            if (t.Count >= 2 && t[0].Lower is "that" or "this" or "the" or "these" or "those" && BackReferences.Contains(t[1].Lower))
                sentences[k - 1].UnverifiedByNext = s;
        }
    }

    /// <param name="cache">Paragraphs recognized by an earlier analysis of the same document; null analyses every paragraph afresh.</param>
    public static DraftAnalysis Analyze(Draft draft, LexiconSet lexicons, CancellationToken cancellationToken = default, AnalysisCache? cache = null)
    {
        var recognizer = new BlockRecognizer(lexicons);
        var sentences = new List<SentenceAnalysis>();
        bool quoteOpen = false;
        var use = cache?.Begin(lexicons);
        foreach (var block in draft.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (use is null)
            {
                var fresh = recognizer.Recognize(block, quoteOpen);
                sentences.AddRange(fresh.Sentences);
                quoteOpen = fresh.QuoteOpenAfter;
            }
            else
            {
                var kept = use.Get(block, quoteOpen, recognizer);
                kept.AppendCopies(block, sentences);
                quoteOpen = kept.QuoteOpenAfter;
            }
        }
        use?.Complete();
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
        return new DraftAnalysis(draft, lexicons, sentences, ledger, cache?.LastClaims(lexicons)) { Problems = problems };
    }
}
