using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Ledger;

namespace SourceLint.Core.Rules.Hedging;

/// <summary>SL304 hedged-verified-claim (information): the ledger marks the claim verified, yet the sentence still hedges it; the range is the hedge.</summary>
public sealed class SL304HedgedVerifiedClaim : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL304;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        foreach (var sentence in analysis.SentenceList)
        {
            if (analysis.Claims.LedgerEntryFor(sentence, LedgerStatus.Verified) is not { } entry) continue;
            foreach (var hedge in sentence.Hedges)
            {
                if (sentence.InsideQuote(hedge.Span)) continue;
                var f = Finding.At(Descriptor, Severity.Information, sentence, hedge.Span,
                    $"The ledger marks \"{entry.Claim}\" verified; the hedge \"{hedge.Text}\" may be unnecessary.");
                var span = sentence.ToSource(hedge.Span);
                string text = analysis.Draft.Source.Text;
                int end = span.End < text.Length && text[span.End] == ' ' ? span.End + 1 : span.End;
                f.WithFix($"Drop the hedge \"{hedge.Text}\"", Text.TextSpan.FromBounds(span.Start, end), "", preferred: true);
                findings.Add(f);
                break;
            }
        }
    }
}
