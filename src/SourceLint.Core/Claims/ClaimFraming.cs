using SourceLint.Core.Analysis;
using SourceLint.Core.Text;

namespace SourceLint.Core.Claims;

/// <summary>How a sentence frames what it says: stated as fact, attributed, hedged, or marked unverified.</summary>
public static class ClaimFraming
{
    /// <summary>Hedges that say the writer does not vouch for a claim (modal verbs are hedges too, but weaker).</summary>
    private static readonly HashSet<string> StrongHedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "ostensibly", "unconfirmed", "unverified", "alleged",
    };

    // Loops, not lambdas: these run for every sentence, and a lambda capturing the sentence allocated on each call.

    public static bool IsHedged(SentenceAnalysis s, TextSpan? within = null)
    {
        foreach (var h in s.Hedges)
            if (!s.InsideQuote(h.Span) && (within is null || within.Value.Contains(h.Span) || s.Span.Contains(h.Span))) return true;
        return false;
    }

    public static bool HasStrongHedge(SentenceAnalysis s)
    {
        foreach (var h in s.Hedges)
            if (StrongHedges.Contains(h.Text) && !s.InsideQuote(h.Span)) return true;
        return false;
    }

    /// <summary>
    /// A hedge on an event: a strong hedge ("reportedly", "allegedly") or a modal of past possibility
    /// ("may have been started"). A bare "could" or "may" about the future hedges a forecast, not a fact.
    /// </summary>
    public static bool HedgesAnEvent(SentenceAnalysis s)
    {
        if (HasStrongHedge(s)) return true;
        foreach (var h in s.Hedges)
        {
            if (s.InsideQuote(h.Span) || h.Text is not ("may" or "might" or "could")) continue;
            foreach (var t in s.Tokens)
            {
                if (t.Span.Start < h.Span.End) continue;
                if (t.Lower == "have") return true;
                break;
            }
        }
        return false;
    }

    public static bool HasUnverifiedSignal(SentenceAnalysis s) => s.UnverifiedByNext is not null || HasOwnUnverifiedSignal(s);

    /// <summary>The sentence itself says a claim is not established, outside any quote (a speaker's "unconfirmed" is theirs).</summary>
    public static bool HasOwnUnverifiedSignal(SentenceAnalysis s) => OwnUnverifiedSignal(s) is not null;

    /// <summary>The sentence's first unverified signal outside any quote, if any.</summary>
    public static Marker? OwnUnverifiedSignal(SentenceAnalysis s)
    {
        foreach (var m in s.UnverifiedSignals)
            if (!s.InsideQuote(m.Span)) return m;
        return null;
    }

    /// <summary>Stated as fact: no attribution of any kind over the span, no hedge, no unverified signal, not a quote.</summary>
    public static bool IsStatedAsFact(SentenceAnalysis s, TextSpan span)
    {
        if (s.InsideQuote(span) || s.IsWholeQuoteSentence()) return false;
        if (s.CoveringAttribution(span) is not null || s.CoveringWeasel(span) is not null) return false;
        if (IsHedged(s) || HasUnverifiedSignal(s)) return false;
        return true;
    }

}
