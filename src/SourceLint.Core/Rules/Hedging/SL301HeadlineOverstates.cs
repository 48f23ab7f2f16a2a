using SourceLint.Core.Analysis;
using SourceLint.Core.Claims;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Documents;
using SourceLint.Core.Text;

namespace SourceLint.Core.Rules.Hedging;

/// <summary>
/// SL301 headline-overstates: the headline or lede states as fact a claim that the body only hedges
/// or presents as one party's claim ("X says it …", "X claims", "allegedly", an unverified signal),
/// and no body sentence states as fact. An actor's announcement of its own plans, and a headline that
/// drops the source of a plain factual figure, are headline style. Related information points at the
/// body's hedged sentence.
/// </summary>
public sealed class SL301HeadlineOverstates : IRule
{
    private static readonly HashSet<string> PlanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "to", "plans", "plan", "set", "intends", "aims", "wants", "could", "may", "might", "should",
    };

    public RuleDescriptor Descriptor => RuleRegistry.SL301;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        var claims = analysis.Claims;
        foreach (var top in analysis.Sentences.Where(s => s.IsHeadlineOrLede))
        {
            if (top.Attributions.Any() || ClaimFraming.IsHedged(top) || ClaimFraming.HasUnverifiedSignal(top)) continue;
            if (top.Tokens.Any(t => t.IsWord && PlanWords.Contains(t.Lower) && t.Lower != "to")) continue;
            var sig = claims.SignatureOf(top);
            if (sig.Stems.Count < 2) continue;
            var body = claims.SameContentLoose(top)
                .Where(o => o.Sentence.Scope is not (ProseScope.Headline or ProseScope.Subheading) && !ReferenceEquals(o.Sentence, top)
                            && (top.Scope == ProseScope.Headline || o.Sentence.Scope != ProseScope.Lede))
                .ToList();
            if (body.Count == 0) continue;
            var hedged = body.Where(o => ClaimFraming.IsPartyClaimOrHedged(o.Sentence) && !MentionsPlans(o.Sentence)).ToList();
            if (hedged.Count == 0) continue;
            if (body.Any(o => !ClaimFraming.IsPartyClaimOrHedged(o.Sentence) && !o.Sentence.IsWholeQuoteSentence() && StatesAsFact(o, sig))) continue;
            var evidence = hedged[0];
            var span = Predicate(top, sig, evidence);
            if (span is null) continue;
            var f = Finding.At(Descriptor, Severity.Warning, top, span.Value,
                $"The {(top.Scope == ProseScope.Headline ? "headline" : "lede")} states \"{top.TextOf(span.Value)}\" as fact, but the body only reports it as a claim or hedges it. Match the body (\"says it …\", \"reportedly\").");
            f.WithRelated(evidence.Sentence, evidence.Sentence.Span, "the body hedges or attributes the claim here", analysis.Draft.Source);
            int at = top.ToSource(span.Value).Start;
            f.WithFix("Attribute the claim: \"says it …\"", new TextSpan(at, at), "says it ", preferred: true);
            findings.Add(f);
        }
    }

    private static bool MentionsPlans(SentenceAnalysis s)
    {
        foreach (var a in s.Attributions)
        {
            int after = a.CueSpan.End;
            string rest = s.Block.Text.Substring(after, Math.Min(24, s.Span.End - after)).ToLowerInvariant();
            if (rest.Contains(" would ") || rest.Contains(" will ") || rest.Contains(" plans ") || rest.Contains(" intends ")) return true;
        }
        return false;
    }

    /// <summary>A body sentence states the headline's claim as fact when its shared words are neither attributed nor hedged.</summary>
    private static bool StatesAsFact(ClaimSignature body, ClaimSignature headline)
    {
        var s = body.Sentence;
        var shared = body.Stems.Where(kv => headline.Stems.ContainsKey(kv.Key)).SelectMany(kv => kv.Value).ToList();
        if (shared.Count < 2) return false;
        var span = TextSpan.FromBounds(s.Tokens[shared.Min()].Span.Start, s.Tokens[shared.Max()].Span.End);
        return ClaimFraming.IsStatedAsFact(s, span);
    }

    /// <summary>The headline's words that the body reports as the party's claim: "carried out huge attack".</summary>
    private static TextSpan? Predicate(SentenceAnalysis top, ClaimSignature sig, ClaimSignature body)
    {
        var s = body.Sentence;
        var cue = s.Attributions.FirstOrDefault(a => a.Kind == AttributionKind.ReportingVerb)?.CueSpan
                  ?? s.Hedges.FirstOrDefault()?.Span ?? s.UnverifiedSignals.FirstOrDefault()?.Span;
        int from = cue?.End ?? s.Span.Start;
        var complement = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (stem, idx) in body.Stems)
            if (idx.Any(i => s.Tokens[i].Span.Start >= from)) complement.Add(stem);
        var hits = sig.Stems.Where(kv => complement.Contains(kv.Key)).SelectMany(kv => kv.Value).ToList();
        if (hits.Count == 0) return null;
        return TextSpan.FromBounds(top.Tokens[hits.Min()].Span.Start, top.Tokens[hits.Max()].Span.End);
    }
}
