using SourceLint.Core;
using SourceLint.Core.Analysis;
using SourceLint.Core.Text;

namespace SourceLint.LanguageServer.Features;

/// <summary>
/// The draft's sources and what each backs. Uses the engine's <see cref="LintResult.Sources"/> when it
/// has one; while the engine's report is still empty, builds it here from the same analysis (every
/// attribution is a source; every figure and quote goes to the attribution covering it, or to
/// Unattributed). Belongs in the engine once its own report lands.
/// </summary>
public static class SourceReportBuilder
{
    public static SourceReport For(LintResult result)
    {
        var report = result.Sources;
        if (report.Sources.Count > 0 || report.Unattributed.Count > 0) return report;
        return Build(result.Analysis);
    }

    public static SourceReport Build(DraftAnalysis analysis)
    {
        var source = analysis.Draft.Source;
        var owner = new Dictionary<Attribution, SentenceAnalysis>(ReferenceEqualityComparer.Instance);
        var entries = new List<(string Key, string Name, SourceKind Kind, TextSpan Span, List<BackedItem> Backs)>();
        var byAttribution = new Dictionary<Attribution, int>(ReferenceEqualityComparer.Instance);
        var unattributed = new List<BackedItem>();

        int EntryFor(Attribution a, SentenceAnalysis sentence)
        {
            if (byAttribution.TryGetValue(a, out int index)) return index;
            var home = owner.TryGetValue(a, out var s) ? s : sentence;
            string name = a.SourceText.Trim();
            var kind = a.IsWeasel ? SourceKind.Weasel
                : a.Kind == AttributionKind.Link ? SourceKind.Link
                : a.Kind == AttributionKind.Document ? SourceKind.Document
                : a.IsUnnamed ? SourceKind.Unnamed : SourceKind.Named;
            string key = kind + "|" + name.ToLowerInvariant();
            index = entries.FindIndex(e => e.Key == key);
            if (index < 0)
            {
                var span = home.ToSource(a.SourceSpan ?? a.CueSpan);
                entries.Add((key, name.Length == 0 ? home.TextOf(a.CueSpan) : name, kind, span, new List<BackedItem>()));
                index = entries.Count - 1;
            }
            byAttribution[a] = index;
            return index;
        }

        BackedItem Item(BackedItemKind kind, SentenceAnalysis s, TextSpan proseSpan, string text)
        {
            var span = s.ToSource(proseSpan);
            return new BackedItem(kind, text, span, source.GetRange(span));
        }

        foreach (var s in analysis.Sentences)
        {
            foreach (var a in s.Attributions) owner.TryAdd(a, s);
            foreach (var a in s.Attributions) EntryFor(a, s);
            foreach (var q in s.Quotes)
            {
                if (q.IsTitleOrTerm || q.ContinuesPreviousParagraph) continue;
                var item = Item(BackedItemKind.Quote, s, q.Span, q.InnerText);
                var by = q.AttributedBy ?? s.CoveringAttribution(q.Span) ?? s.CoveringWeasel(q.Span);
                if (by is null) unattributed.Add(item); else entries[EntryFor(by, s)].Backs.Add(item);
            }
            foreach (var f in s.Figures)
            {
                var item = Item(BackedItemKind.Figure, s, f.Span, f.Text);
                var by = f.InsideQuote?.AttributedBy ?? s.CoveringAttribution(f.Span) ?? s.CoveringWeasel(f.Span);
                if (by is null) unattributed.Add(item); else entries[EntryFor(by, s)].Backs.Add(item);
            }
        }
        return new SourceReport(
            entries.Select(e => new ReportedSource(e.Name, e.Kind, e.Span, source.GetRange(e.Span), e.Backs)).ToList(),
            unattributed);
    }
}
