using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Documents;

namespace SourceLint.Core.Rules.Attribution;

/// <summary>
/// SL103 vague-attribution: a sentence whose only attribution is a weasel phrase ("it is thought",
/// "critics say", "reportedly" with no source named); the range is the weasel phrase. Reported
/// instead of SL101 or SL102, never beside them (see <see cref="Diagnostics.Precedence"/>). A claim the
/// ledger marks verified needs no vaguer source.
/// </summary>
public sealed class SL103VagueAttribution : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL103;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        foreach (var sentence in analysis.SentenceList)
        {
            if (sentence.Scope is ProseScope.Headline or ProseScope.Subheading) continue;
            if (sentence.HasRealAttribution || sentence.ContextAttribution is not null) continue;
            var weasel = sentence.Attributions.FirstOrDefault(a => a.IsWeasel);
            if (weasel is null || analysis.Claims.IsLedgerVerified(sentence)) continue;
            var finding = Finding.At(Descriptor, Severity.Warning, sentence, weasel.CueSpan,
                $"\"{weasel.SourceText}\" names no source. Who thinks, says or reported this? Name the source.");
            SL101UnattributedFigure.AddAttributionFix(finding, sentence);
            findings.Add(finding);
        }
    }
}
