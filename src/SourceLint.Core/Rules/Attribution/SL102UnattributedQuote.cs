using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Documents;

namespace SourceLint.Core.Rules.Attribution;

/// <summary>
/// SL102 unattributed-quote: a direct quote of four words or more that no attribution covers; the
/// range is the quote with its marks. A scare quote (three words or fewer) is flagged, as information,
/// only when no attribution covers its sentence. Headline quotes are convention; titles and defined
/// terms are not quotes to attribute. Where the only attribution is a weasel phrase, SL103 speaks instead.
/// </summary>
public sealed class SL102UnattributedQuote : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL102;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        var seen = new HashSet<Quote>(QuoteByPlace.Instance);
        foreach (var sentence in analysis.SentenceList)
        {
            if (sentence.Scope is ProseScope.Headline or ProseScope.Subheading) continue;
            foreach (var quote in sentence.Quotes)
            {
                if (!seen.Add(quote) || quote.AttributedBy is not null || quote.IsTitleOrTerm) continue;
                if (quote.Span.Start < sentence.Span.Start) continue; // reported where it opens
                if (sentence.CoveringWeasel(quote.Span) is not null && !sentence.HasRealAttribution) continue; // SL103's place
                if (quote.IsScareQuote)
                {
                    if (sentence.HasRealAttribution || sentence.ContextAttribution is not null) continue;
                    findings.Add(Finding.At(Descriptor, Severity.Information, sentence, quote.Span,
                        $"The quoted words {Shorten(quote)} have no speaker; say who used them, or drop the quote marks if they are the writer's own."));
                    continue;
                }
                var finding = Finding.At(Descriptor, Severity.Warning, sentence, quote.Span,
                    $"Who said {Shorten(quote)}? The quote has no attribution; add the speaker (\"…, she said.\").");
                AddSpeakerFix(finding, sentence, quote);
                findings.Add(finding);
            }
        }
    }

    /// <summary>
    /// The record's own equality (a quote that spans sentences is met once per sentence; equal quotes count once), with a
    /// hash of its spans and word count only: the record's hash also ran over the quote's text and its attribution's
    /// strings, for every quote of the draft (a tenth of this rule's work). Equal quotes have equal spans and counts, so
    /// the set keeps exactly what it kept before.
    /// </summary>
    private sealed class QuoteByPlace : IEqualityComparer<Quote>
    {
        public static readonly QuoteByPlace Instance = new();
        public bool Equals(Quote? x, Quote? y) => EqualityComparer<Quote>.Default.Equals(x, y);
        public int GetHashCode(Quote q) => HashCode.Combine(q.Span, q.InnerSpan, q.WordCount);
    }

    private static string Shorten(Quote q)
    {
        string inner = q.InnerText.Trim().TrimEnd(',', '.');
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 ? $"\"{inner}\"" : $"\"{string.Join(' ', words.Take(6))} …\"";
    }

    /// <summary>Quick fix: append the speaker clause after the closing mark (turning a final full stop into a comma).</summary>
    private static void AddSpeakerFix(Finding finding, SentenceAnalysis sentence, Quote quote)
    {
        string text = sentence.Block.Text;
        int closeMark = quote.Span.End - 1;
        if (closeMark <= quote.InnerSpan.Start) return;
        int before = closeMark - 1;
        if (before >= 0 && text[before] == '.')
        {
            int s = sentence.Block.ToSource(before);
            finding.Fixes.Add(new SuggestedFix("Add the speaker: \", … said.\"",
                [new TextEdit(new Text.TextSpan(s, s + 1), ","), new TextEdit(new Text.TextSpan(sentence.Block.ToSource(closeMark) + 1, sentence.Block.ToSource(closeMark) + 1), " … said.")],
                IsPreferred: true));
        }
        else
        {
            int at = sentence.Block.ToSource(closeMark) + 1;
            finding.WithFix("Add the speaker: \", … said\"", new Text.TextSpan(at, at), ", … said", preferred: true);
        }
    }
}
