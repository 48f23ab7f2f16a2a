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

    public static bool IsHedged(SentenceAnalysis s, TextSpan? within = null) =>
        s.Hedges.Any(h => !s.InsideQuote(h.Span) && (within is null || within.Value.Contains(h.Span) || s.Span.Contains(h.Span)));

    public static bool HasStrongHedge(SentenceAnalysis s) => s.Hedges.Any(h => StrongHedges.Contains(h.Text) && !s.InsideQuote(h.Span));

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
            int next = s.Tokens.ToList().FindIndex(t => t.Span.Start >= h.Span.End);
            if (next >= 0 && s.Tokens[next].Lower == "have") return true;
        }
        return false;
    }

    public static bool HasUnverifiedSignal(SentenceAnalysis s) => s.UnverifiedByNext is not null || s.UnverifiedSignals.Any(m => !s.InsideQuote(m.Span));

    /// <summary>Stated as fact: no attribution of any kind over the span, no hedge, no unverified signal, not a quote.</summary>
    public static bool IsStatedAsFact(SentenceAnalysis s, TextSpan span)
    {
        if (s.InsideQuote(span) || s.IsWholeQuoteSentence()) return false;
        if (s.CoveringAttribution(span) is not null || s.CoveringWeasel(span) is not null) return false;
        if (IsHedged(s) || HasUnverifiedSignal(s)) return false;
        return true;
    }

    /// <summary>The sentence presents its claim as one party's: "X says it …", "X claims", or a strong hedge.</summary>
    public static bool IsPartyClaimOrHedged(SentenceAnalysis s)
    {
        if (HasStrongHedge(s) || HasUnverifiedSignal(s)) return true;
        foreach (var a in s.Attributions)
        {
            if (a.Kind != AttributionKind.ReportingVerb) continue;
            string cue = s.TextOf(a.CueSpan).ToLowerInvariant();
            if (cue is "claims" or "claimed" or "claim") return true;
            // "X says it carried out …": the party reports its own deed.
            int after = a.CueSpan.End;
            string rest = s.Block.Text.Substring(after, Math.Min(12, s.Span.End - after)).TrimStart().ToLowerInvariant();
            if (rest.StartsWith("it ", StringComparison.Ordinal) || rest.StartsWith("they ", StringComparison.Ordinal) || rest.StartsWith("its ", StringComparison.Ordinal) || rest.StartsWith("their ", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
