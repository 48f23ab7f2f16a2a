using SourceLint.Core.Analysis;
using SourceLint.Core.Claims;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Documents;

namespace SourceLint.Core.Rules.Claims;

/// <summary>
/// SL202 unattributed-allegation: an accusation of a crime, an atrocity or responsibility for an
/// attack, against an identifiable person or group, stated as fact with no attribution, hedge or
/// court finding ("JNIM carried out the attack"). Convictions, guilty pleas and the party's own claim
/// are not allegations; a ledger-verified claim is exempt.
/// </summary>
public sealed class SL202UnattributedAllegation : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL202;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        foreach (var sentence in analysis.SentenceList)
        {
            if (sentence.Scope is ProseScope.Headline or ProseScope.Subheading) continue;
            if (sentence.HasConviction || analysis.Claims.IsLedgerVerified(sentence)) continue;
            foreach (var allegation in sentence.Allegations)
            {
                if (!ClaimFraming.IsStatedAsFact(sentence, allegation.Span)) continue;
                var f = Finding.At(Descriptor, Severity.Warning, sentence, allegation.Span,
                    $"\"{allegation.Text}\" accuses {sentence.TextOf(allegation.ActorSpan)} as a matter of fact. Attribute the accusation or hedge it (\"allegedly\") unless a court has ruled.");
                int verbAt = sentence.Block.Text.IndexOf(allegation.Verb, allegation.Span.Start, allegation.Span.Length, StringComparison.Ordinal);
                if (verbAt >= 0)
                {
                    int at = sentence.Block.ToSource(verbAt);
                    f.WithFix("Hedge: insert \"allegedly\"", new Text.TextSpan(at, at), "allegedly ");
                }
                Attribution.SL101UnattributedFigure.AddAttributionFix(f, sentence);
                findings.Add(f);
                break;
            }
        }
    }
}
