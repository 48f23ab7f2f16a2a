using SourceLint.Core.Text;

namespace SourceLint.Core.Analysis;

public enum SourceKind { Named, Unnamed, Document, Link, Weasel }
public enum BackedItemKind { Figure, Quote, Claim }

/// <summary>A figure, quote or claim, with where it stands.</summary>
public sealed record BackedItem(BackedItemKind Kind, string Text, TextSpan Span, LineRange Range);

/// <summary>A source the draft relies on, with every figure, quote and claim it backs.</summary>
public sealed record ReportedSource(string Name, SourceKind Kind, TextSpan Span, LineRange Range, IReadOnlyList<BackedItem> Backs);

/// <summary>
/// The draft's sources (named and unnamed) with what each backs, and what nothing backs: the model
/// behind the editor's Sources view, document symbols and the review page. Every attribution is a
/// source, merged by name; a pronoun ("he said") is the speaker named before it; every figure and
/// quote goes to the attribution that covers it, or to Unattributed.
/// </summary>
public sealed record SourceReport(IReadOnlyList<ReportedSource> Sources, IReadOnlyList<BackedItem> Unattributed)
{
    public static SourceReport Build(DraftAnalysis analysis)
    {
        var source = analysis.Draft.Source;
        var entries = new List<Entry>();
        var byKey = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var byAttribution = new Dictionary<Attribution, Entry>(ReferenceEqualityComparer.Instance);
        var unattributed = new List<BackedItem>();
        Entry? lastSpeaker = null;

        Entry EntryFor(Attribution a, SentenceAnalysis home)
        {
            if (byAttribution.TryGetValue(a, out var known)) return known;
            if (a.IsPronoun && lastSpeaker is not null) return byAttribution[a] = lastSpeaker;
            string name = a.SourceText.Trim();
            var kind = a.IsWeasel ? SourceKind.Weasel
                : a.Kind == AttributionKind.Link ? SourceKind.Link
                : a.Kind == AttributionKind.Document ? SourceKind.Document
                : a.IsUnnamed ? SourceKind.Unnamed : SourceKind.Named;
            if (name.Length == 0) name = home.TextOf(a.CueSpan);
            string key = kind + "|" + name.ToLowerInvariant();
            if (!byKey.TryGetValue(key, out var entry))
            {
                var span = home.ToSource(a.SourceSpan ?? a.CueSpan);
                entry = new Entry(name, kind, span);
                byKey[key] = entry;
                entries.Add(entry);
            }
            return byAttribution[a] = entry;
        }

        BackedItem Item(BackedItemKind kind, SentenceAnalysis s, TextSpan proseSpan, string text)
        {
            var span = s.ToSource(proseSpan);
            return new BackedItem(kind, text, span, source.GetRange(span));
        }

        foreach (var s in analysis.Sentences)
        {
            foreach (var a in s.Attributions)
            {
                if (a.Kind == AttributionKind.HeadlineQuote) continue;
                var entry = EntryFor(a, s);
                if (!a.IsPronoun && a.Kind is AttributionKind.ReportingVerb or AttributionKind.AccordingTo or AttributionKind.Colon) lastSpeaker = entry;
            }
            foreach (var q in s.Quotes)
            {
                if (q.IsTitleOrTerm || q.ContinuesPreviousParagraph || q.Span.Start < s.Span.Start || s.Scope == Documents.ProseScope.Headline) continue;
                var item = Item(BackedItemKind.Quote, s, q.Span, q.InnerText);
                var by = q.AttributedBy ?? s.CoveringAttribution(q.Span) ?? s.CoveringWeasel(q.Span);
                if (by is null) unattributed.Add(item); else EntryFor(by, s).Backs.Add(item);
            }
            foreach (var f in s.Figures)
            {
                var item = Item(BackedItemKind.Figure, s, f.Span, f.Text);
                var by = f.InsideQuote?.AttributedBy ?? s.CoveringAttribution(f.Span) ?? s.CoveringWeasel(f.Span);
                if (by is null) unattributed.Add(item); else EntryFor(by, s).Backs.Add(item);
            }
            foreach (var allegation in s.Allegations)
            {
                var by = s.CoveringAttribution(allegation.Span);
                if (by is not null) EntryFor(by, s).Backs.Add(Item(BackedItemKind.Claim, s, allegation.Span, allegation.Text));
            }
        }
        return new SourceReport(
            entries.Select(e => new ReportedSource(e.Name, e.Kind, e.Span, source.GetRange(e.Span), e.Backs)).ToList(),
            unattributed);
    }

    private sealed class Entry(string name, SourceKind kind, TextSpan span)
    {
        public string Name { get; } = name;
        public SourceKind Kind { get; } = kind;
        public TextSpan Span { get; } = span;
        public List<BackedItem> Backs { get; } = new();
    }
}
