using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Documents;

namespace SourceLint.Core.Rules.Attribution;

/// <summary>
/// SL101 unattributed-figure: a sentence holding a figure that no attribution covers, once per
/// sentence. The range is its first unattributed figure with approximator and counted noun; the
/// message names every unattributed figure. Warning when any is a statistical claim, information
/// when all are background figures. A figure inside an attributed quote, under a link, or marked
/// verified in the ledger is attributed. Where the only attribution is a weasel phrase, SL103 speaks instead.
/// </summary>
public sealed class SL101UnattributedFigure : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL101;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        foreach (var sentence in analysis.SentenceList)
        {
            if (sentence.Scope is ProseScope.Headline or ProseScope.Subheading || sentence.Figures.Count == 0) continue;
            var bare = UnattributedFigures(analysis, sentence).ToList();
            if (bare.Count == 0) continue;
            if (AllUnderWeasels(sentence, bare)) continue; // SL103's place
            var first = bare[0];
            bool statistical = bare.Any(f => f.IsStatistical);
            string names = string.Join(", ", bare.Select(f => $"\"{f.Text}\""));
            string message = statistical
                ? $"Who says so? No source is given for {names}; add an attribution (\"…, according to …\") or a link to the source."
                : $"No source is given for {names}; the figure may be common knowledge: confirm it or add its source.";
            var finding = Finding.At(Descriptor, statistical ? Severity.Warning : Severity.Information, sentence, first.Span, message);
            AddAttributionFix(finding, sentence);
            findings.Add(finding);
        }
    }

    private static bool AllUnderWeasels(SentenceAnalysis sentence, List<Figure> figures)
    {
        foreach (var f in figures) if (sentence.CoveringWeasel(f.Span) is null) return false;
        return true;
    }

    /// <summary>Figures of the sentence that nothing attributes.</summary>
    internal static IEnumerable<Figure> UnattributedFigures(DraftAnalysis analysis, SentenceAnalysis sentence)
    {
        foreach (var f in sentence.Figures)
        {
            // A figure inside a quote is the speaker's: attributed with the quote, or SL102's finding if the quote is not.
            if (f.InsideQuote is not null) continue;
            if (sentence.CoveringAttribution(f.Span) is not null) continue;
            if (analysis.Claims.IsLedgerVerified(sentence)) continue;
            if (AttributedElsewhere(analysis, sentence, f)) continue;
            yield return f;
        }
    }

    /// <summary>
    /// The same figure (same value, same counted noun or unit, same approximation) is attributed in
    /// another sentence of the draft: the lede's bare "$1.13bn" that the body gives as the company's
    /// own figure has its source, and asking again would be noise. A different approximation is SL303's.
    /// </summary>
    private static bool AttributedElsewhere(DraftAnalysis analysis, SentenceAnalysis sentence, Figure figure)
    {
        foreach (var (other, mine, theirs) in analysis.Claims.SameFigure(sentence))
        {
            if (!ReferenceEquals(mine, figure) || (theirs.Approximator ?? "") != (figure.Approximator ?? "")) continue;
            var s = other.Sentence;
            if (s.CoveringAttribution(theirs.Span) is not null || theirs.InsideQuote?.AttributedBy is not null) return true;
        }
        return false;
    }

    /// <summary>Quick fix: insert ", according to …" before the sentence's closing punctuation.</summary>
    internal static void AddAttributionFix(Finding finding, SentenceAnalysis sentence)
    {
        int end = sentence.Span.End;
        string text = sentence.Block.Text;
        while (end > sentence.Span.Start && (text[end - 1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')')) end--;
        int at = sentence.Block.ToSource(Math.Max(end - 1, sentence.Span.Start)) + 1;
        finding.WithFix("Add attribution: \", according to …\"", new Text.TextSpan(at, at), ", according to …", preferred: true);
    }
}
