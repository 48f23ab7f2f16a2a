using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Documents;

namespace SourceLint.Core.Rules.Attribution;

/// <summary>
/// SL103 vague-attribution: a sentence whose only attribution is a weasel phrase ("it is thought",
/// "critics say", "reportedly" with no source named) for a figure, a quote or an allegation that
/// needs a source. The range is the weasel phrase. Reported instead of SL101 or SL102, never beside them.
/// </summary>
public sealed class SL103VagueAttribution : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL103;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.Scope is ProseScope.Headline or ProseScope.Subheading) continue;
            var weasels = sentence.Attributions.Where(a => a.IsWeasel).ToList();
            if (weasels.Count == 0) continue;
            foreach (var weasel in weasels)
            {
                bool needsSource =
                    SL101UnattributedFigure.UnattributedFigures(analysis, sentence).Any(f => weasel.Scope.Contains(f.Span))
                    || sentence.Quotes.Any(q => q.AttributedBy is null && !q.IsTitleOrTerm && weasel.Scope.Overlaps(q.Span))
                    || (analysis.Claims.AllegationIn(sentence) is { } allegation && weasel.Scope.Contains(allegation) && !analysis.Claims.IsLedgerVerified(sentence));
                if (!needsSource) continue;
                var finding = Finding.At(Descriptor, Severity.Warning, sentence, weasel.CueSpan,
                    $"\"{weasel.SourceText}\" names no source. Who thinks, says or reported this? Name the source.");
                SL101UnattributedFigure.AddAttributionFix(finding, sentence);
                findings.Add(finding);
                break;
            }
        }
    }
}
