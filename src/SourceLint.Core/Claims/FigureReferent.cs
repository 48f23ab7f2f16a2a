using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Recognizers.Figures;

namespace SourceLint.Core.Claims;

/// <summary>
/// Whether two mentions of a figure with the same counted noun speak of the same thing, the "same
/// referent" of rules.md's SL303. A shared noun alone is not enough: "10.9 million people saw the 2002
/// final" and "12.3 million people tuned in in 2003" are two audiences. The same referent needs the
/// later mention to point back ("The 30 soldiers were buried") or both to report the same event
/// ("were killed" / "died", "sold" / "sold"), and never two different times ("in 1997" / "in 2003").
/// </summary>
internal static class FigureReferent
{
    private const int Window = 6;

    /// <summary>Capitalised full month names only: unlike the figure recognizer's list, "May" must not match the modal "may".</summary>
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static bool Same(SentenceAnalysis later, Figure mine, SentenceAnalysis earlier, Figure theirs, LexiconSet lexicons)
    {
        if (TimesDiffer(later, earlier)) return false;
        if (PointsBack(later, mine)) return true;
        var mineEvents = EventsNear(later, mine, lexicons);
        if (mineEvents.Count == 0) return false;
        return mineEvents.Overlaps(EventsNear(earlier, theirs, lexicons));
    }

    /// <summary>"The 30 soldiers", "those 30 soldiers": a definite figure refers back to one already given.</summary>
    private static bool PointsBack(SentenceAnalysis s, Figure f)
    {
        int k = FirstTokenAt(s, f.Span.Start) - 1;
        return k >= 0 && s.Tokens[k].Lower is "the" or "those" or "these";
    }

    /// <summary>The events reported next to the figure: casualty words count as one event, other predicates by stem.</summary>
    private static HashSet<string> EventsNear(SentenceAnalysis s, Figure f, LexiconSet lexicons)
    {
        var events = new HashSet<string>(StringComparer.Ordinal);
        var tokens = s.Tokens;
        int first = FirstTokenAt(s, f.Span.Start);
        int last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Span.Start < f.Span.End) last++;
        for (int k = Math.Max(0, first - Window); k < Math.Min(tokens.Count, last + 1 + Window); k++)
        {
            if (k >= first && k <= last || !tokens[k].IsWord) continue;
            string w = tokens[k].Lower;
            if (FigureRecognizer.IsCasualtyWord(w)) events.Add("(casualty)");
            else if (lexicons.Has(tokens[k], WordTraits.StatisticalPredicate)) events.Add(ContentWords.Stem(w));
        }
        return events;
    }

    /// <summary>Both sentences name a time (a year or a month) and no time is shared.</summary>
    private static bool TimesDiffer(SentenceAnalysis a, SentenceAnalysis b)
    {
        var ta = Times(a);
        if (ta.Count == 0) return false;
        var tb = Times(b);
        return tb.Count > 0 && !ta.Overlaps(tb);
    }

    private static HashSet<string> Times(SentenceAnalysis s)
    {
        var times = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in s.Tokens)
        {
            if (t.Kind == TokenKind.Number && t.Text.Length == 4 && int.TryParse(t.Text, out int year) && year is >= 1900 and <= 2100) times.Add(t.Text);
            else if (t.IsWord && Months.Contains(t.Text)) times.Add(t.Text);
        }
        return times;
    }

    private static int FirstTokenAt(SentenceAnalysis s, int offset)
    {
        var tokens = s.Tokens;
        for (int k = 0; k < tokens.Count; k++) if (tokens[k].Span.End > offset) return k;
        return tokens.Count - 1;
    }
}
