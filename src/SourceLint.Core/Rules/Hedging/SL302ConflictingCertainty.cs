using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Text;

namespace SourceLint.Core.Rules.Hedging;

/// <summary>
/// SL302 conflicting-certainty: one claim framed with both a hedge (or an unverified signal) and a
/// booster: "Unverified video footage showed …" (suggest "appeared to show"), "allegedly confirmed",
/// "reportedly proved". The range is the booster. A speaker's words inside a quote are theirs.
/// </summary>
public sealed class SL302ConflictingCertainty : IRule
{
    private static readonly HashSet<string> DoubtMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "ostensibly", "unconfirmed", "unverified", "alleged",
    };

    private static readonly Dictionary<string, string> HedgedForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["showed"] = "appeared to show", ["shows"] = "appears to show", ["shown"] = "appeared to show",
        ["revealed"] = "appeared to reveal", ["reveals"] = "appears to reveal", ["proved"] = "appeared to prove",
        ["proves"] = "appears to prove", ["proven"] = "appeared to prove", ["confirmed"] = "appeared to confirm",
        ["established"] = "appeared to establish",
    };

    public RuleDescriptor Descriptor => RuleRegistry.SL302;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        foreach (var sentence in analysis.SentenceList)
            if (sentence.Boosters.Count > 0) Check(sentence, findings);
    }

    /// <summary>One sentence with a booster (its own method: the lambdas below capture the sentence, and a closure per sentence of the draft was waste).</summary>
    private void Check(SentenceAnalysis sentence, List<Finding> findings)
    {
        var doubts = sentence.Hedges.Where(h => DoubtMarkers.Contains(h.Text)).Concat(sentence.UnverifiedSignals)
            .Where(m => !sentence.InsideQuote(m.Span)).ToList();
        if (doubts.Count == 0) return;
        var clauses = Recognizers.Attribution.ClauseBoundaries.Clauses(sentence);
        foreach (var booster in sentence.Boosters)
        {
            if (sentence.InsideQuote(booster.Span)) continue;
            if (doubts.Any(d => d.Span.Overlaps(booster.Span))) continue;
            var clause = clauses.First(c => c.Contains(booster.Span.Start));
            var doubt = doubts.FirstOrDefault(d => clause.Contains(d.Span.Start));
            if (doubt is null) continue;
            string? hedged = HedgedForms.GetValueOrDefault(booster.Text);
            var f = Finding.At(Descriptor, Severity.Warning, sentence, booster.Span,
                $"\"{doubt.Text}\" and \"{booster.Text}\" frame the same claim as both doubtful and certain" +
                (hedged is null ? "; choose one." : $"; write \"{hedged}\"."));
            if (hedged is not null) f.WithFix($"Use the hedged form: \"{hedged}\"", sentence.ToSource(booster.Span), hedged, preferred: true);
            findings.Add(f);
        }
    }
}
