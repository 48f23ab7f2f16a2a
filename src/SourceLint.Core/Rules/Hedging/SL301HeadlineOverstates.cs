using SourceLint.Core.Analysis;
using SourceLint.Core.Claims;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Documents;
using SourceLint.Core.Ledger;
using SourceLint.Core.Recognizers.Attribution;
using SourceLint.Core.Text;

namespace SourceLint.Core.Rules.Hedging;

/// <summary>
/// SL301 headline-overstates: the headline or lede states as fact a claim that the body only hedges
/// or presents as one party's claim ("X says it …", "X claims", "allegedly", "reportedly", "may", an
/// unverified signal or the ledger), and no body sentence states plainly. An actor's announcement of
/// its own plans, and a headline that drops the source of a plain factual figure or of a neutral
/// authority, are headline style. Related information points at the body's hedged sentence.
/// </summary>
public sealed class SL301HeadlineOverstates : IRule
{
    private static readonly HashSet<string> PlanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "plans", "plan", "set", "intends", "aims", "wants", "could", "may", "might", "should",
    };

    /// <summary>
    /// A plan word written in lower case (a capitalised one is a name or a heading's style). A loop: Any over the token
    /// list boxed its enumerator and called a delegate for every token of every headline and lede.
    /// </summary>
    private static bool HasPlanWord(TokenList tokens)
    {
        foreach (var t in tokens)
            if (t.IsWord && PlanWords.Contains(t.Lower) && t.Text == t.Lower) return true;
        return false;
    }

    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "shot", "hit", "struck", "fled", "held", "left", "sent", "began", "broke", "brought", "built", "cut", "fell", "rose",
        "grew", "sold", "spent", "paid", "stole", "beat", "led", "won", "lost", "took", "made", "seized", "stolen", "taken",
    };

    private enum BodyFraming { Plain, Hedged }

    public RuleDescriptor Descriptor => RuleRegistry.SL301;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        var claims = analysis.Claims;
        foreach (var top in analysis.Sentences.Where(s => s.IsHeadlineOrLede))
        {
            if (top.Attributions.Any() || ClaimFraming.IsHedged(top) || ClaimFraming.HasUnverifiedSignal(top) || top.IsWholeQuoteSentence()) continue;
            if (HasPlanWord(top.Tokens)) continue;
            var sig = claims.SignatureOf(top);
            if (sig.DistinctStems.Count < 2) continue; // the stem map's key count, without building the map for every headline

            // The ledger marks the headline's claim unverified or disputed.
            var entry = claims.LedgerMatches.FirstOrDefault(m => m.Entry.IsUnverifiedSignal && m.Matches.Any(x => ReferenceEquals(x.Sentence, top))).Entry;
            if (entry is not null)
            {
                var stems = claims.LedgerStems[entry];
                var span = SpanOf(top, sig, stems);
                if (span is null) continue;
                var f = Report(top, span.Value, "the verification ledger marks it " + entry.Status.ToString().ToLowerInvariant());
                f.Related.Add(new RelatedLocation(entry.ClaimSpan, analysis.Draft.Source.GetRange(entry.ClaimSpan), "ledger entry"));
                findings.Add(f);
                continue;
            }

            var body = claims.SameContentLoose(top).Concat(claims.SameFigure(top).Select(m => m.Other)).Distinct()
                .Where(o => o.Sentence.Scope is not (ProseScope.Headline or ProseScope.Subheading) && !ReferenceEquals(o.Sentence, top)
                            && (top.Scope == ProseScope.Headline || o.Sentence.Scope != ProseScope.Lede)
                            && !o.Sentence.IsWholeQuoteSentence())
                .ToList();
            if (body.Count == 0 || AnyStatesPlainly(body, sig)) continue;
            var evidence = body.FirstOrDefault(o => SharedVerb(o, sig) is not null);
            if (evidence is null) continue;
            var predicate = Predicate(top, sig, evidence);
            if (predicate is null) continue;
            var finding = Report(top, predicate.Value, "the body only reports it as a claim or hedges it");
            finding.WithRelated(evidence.Sentence, evidence.Sentence.Span, "the body hedges or attributes the claim here", analysis.Draft.Source);
            findings.Add(finding);
        }
    }

    private Finding Report(SentenceAnalysis top, TextSpan span, string why)
    {
        string where = top.Scope == ProseScope.Headline ? "headline" : "lede";
        var f = Finding.At(Descriptor, Severity.Warning, top, span,
            $"The {where} states \"{top.TextOf(span)}\" as fact, but {why}. Match the body (\"says it …\", \"reportedly\").");
        int at = top.ToSource(span).Start;
        f.WithFix("Attribute the claim: \"says it …\"", new TextSpan(at, at), "says it ", preferred: true);
        return f;
    }

    /// <summary>
    /// Some body mention states the claim plainly. Stops at the first: framing a mention allocates (shared
    /// words, clauses), and in a long draft that repeats the headline's words every edit framed dozens of
    /// mentions for a headline the first plain one already clears.
    /// </summary>
    private static bool AnyStatesPlainly(List<ClaimSignature> body, ClaimSignature headline)
    {
        foreach (var o in body)
            if (Frame(o, headline) == BodyFraming.Plain) return true;
        return false;
    }

    /// <summary>
    /// Hedged: an unverified signal in the sentence, a hedge in the clause of the shared words, or the
    /// party's own claim ("says it", "claims") governing them. Anything else, including a neutral
    /// authority's attribution, is plain: the headline may state it.
    /// </summary>
    private static BodyFraming Frame(ClaimSignature body, ClaimSignature headline)
    {
        var s = body.Sentence;
        if (ClaimFraming.HasUnverifiedSignal(s)) return BodyFraming.Hedged;
        var shared = body.Stems.Where(kv => headline.Stems.ContainsKey(kv.Key)).SelectMany(kv => kv.Value).ToList();
        if (shared.Count == 0) return BodyFraming.Plain;
        // Judge the framing where the shared event stands: its verb if there is one.
        var verbs = shared.Where(i => IsPastVerb(s.Tokens[i].Lower)).ToList();
        int firstShared = s.Tokens[verbs.Count > 0 ? verbs.Max() : shared.Min()].Span.Start; // the predicate follows its subject ("linked" in "al-Qaeda linked group" is not it)
        var clause = ClauseBoundaries.Clauses(s).First(c => c.Contains(firstShared) || c.End == firstShared);
        if (s.Hedges.Any(h => clause.Contains(h.Span.Start) && h.Span.Start < firstShared + 1 && !s.InsideQuote(h.Span))) return BodyFraming.Hedged;
        if (s.Hedges.Any(h => clause.Contains(h.Span.Start) && h.Text is "reportedly" or "allegedly" or "apparently" or "purportedly")) return BodyFraming.Hedged;
        foreach (var a in s.Attributions)
        {
            if (a.Kind != AttributionKind.ReportingVerb || a.CueSpan.Start > firstShared || !clause.Contains(a.CueSpan.Start)) continue;
            string cue = s.TextOf(a.CueSpan).ToLowerInvariant();
            if (cue is "claims" or "claimed" or "claim") return BodyFraming.Hedged;
            string rest = s.Block.Text.Substring(a.CueSpan.End, Math.Min(14, s.Span.End - a.CueSpan.End)).TrimStart().ToLowerInvariant();
            if (rest.StartsWith("it ", StringComparison.Ordinal) || rest.StartsWith("they ", StringComparison.Ordinal) || rest.StartsWith("its ", StringComparison.Ordinal) || rest.StartsWith("their ", StringComparison.Ordinal) || rest.StartsWith("that it ", StringComparison.Ordinal) || rest.StartsWith("that they ", StringComparison.Ordinal))
                return PlansAfter(s, a.CueSpan.End) ? BodyFraming.Plain : BodyFraming.Hedged;
        }
        return BodyFraming.Plain;
    }

    private static bool PlansAfter(SentenceAnalysis s, int from)
    {
        string rest = s.Block.Text.Substring(from, Math.Min(24, s.Span.End - from)).ToLowerInvariant();
        return rest.Contains(" would ") || rest.Contains(" will ") || rest.Contains(" plans ") || rest.Contains(" intends ") || rest.Contains(" is to ");
    }

    /// <summary>The headline's claim is its predicate: a verb of the body (past tense) must be among the shared words.</summary>
    private static string? SharedVerb(ClaimSignature body, ClaimSignature headline)
    {
        foreach (var (stem, idx) in body.Stems)
        {
            if (!headline.Stems.ContainsKey(stem)) continue;
            foreach (int i in idx)
            {
                string w = body.Sentence.Tokens[i].Lower;
                if (IsPastVerb(w)) return stem;
            }
        }
        return null;
    }

    private static bool IsPastVerb(string w) => (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) || IrregularPast.Contains(w);

    private static TextSpan? SpanOf(SentenceAnalysis top, ClaimSignature sig, IReadOnlySet<string> stems)
    {
        var hits = sig.Stems.Where(kv => stems.Contains(kv.Key)).SelectMany(kv => kv.Value).ToList();
        if (hits.Count == 0) return null;
        // Start at the verb: skip a leading subject noun when more than one word is shared.
        int first = hits.Min(), last = hits.Max();
        if (hits.Count > 1 && first == 0) first = hits.Where(h => h > 0).Min();
        return TextSpan.FromBounds(top.Tokens[first].Span.Start, top.Tokens[last].Span.End);
    }

    /// <summary>The headline's words that the body reports as the party's claim: "carried out huge attack".</summary>
    private static TextSpan? Predicate(SentenceAnalysis top, ClaimSignature sig, ClaimSignature body)
    {
        var s = body.Sentence;
        var cue = s.Attributions.FirstOrDefault(a => a.Kind == AttributionKind.ReportingVerb)?.CueSpan
                  ?? s.Hedges.FirstOrDefault()?.Span;
        int from = cue?.End ?? s.Span.Start;
        var complement = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (stem, idx) in body.Stems)
            if (idx.Any(i => s.Tokens[i].Span.Start >= from)) complement.Add(stem);
        var hits = sig.Stems.Where(kv => complement.Contains(kv.Key)).SelectMany(kv => kv.Value).ToList();
        // A shared figure belongs to the predicate too ("killed more than 30 soldiers").
        foreach (var (figure, key) in sig.Figures)
            if (body.Figures.Any(b => b.Key == key))
                for (int i = 0; i < top.Tokens.Count; i++) if (figure.Span.Contains(top.Tokens[i].Span)) hits.Add(i);
        if (hits.Count == 0) return null;
        int first = hits.Min(), last = hits.Max();
        // End at the object: stop before a trailing prepositional phrase that the body does not share.
        return TextSpan.FromBounds(top.Tokens[first].Span.Start, top.Tokens[last].Span.End);
    }
}
