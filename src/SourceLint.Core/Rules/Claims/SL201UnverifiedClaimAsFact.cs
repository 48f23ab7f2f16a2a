using SourceLint.Core.Analysis;
using SourceLint.Core.Claims;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Documents;
using SourceLint.Core.Text;

namespace SourceLint.Core.Rules.Claims;

/// <summary>
/// SL201 unverified-claim-as-fact: a sentence that states as fact (no attribution, no hedge) a claim
/// the draft marks unverified elsewhere, through an unverified signal ("has not been confirmed") or
/// the ledger (unverified, disputed). Same claim: the same figure with the same counted noun, or the
/// same main content words. Related information points at the place that marks it unverified.
/// </summary>
public sealed class SL201UnverifiedClaimAsFact : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL201;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        var claims = analysis.Claims;
        var source = analysis.Draft.Source;
        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.Scope is ProseScope.Headline or ProseScope.Subheading) continue;
            if (ClaimFraming.HasUnverifiedSignal(sentence) || claims.IsLedgerVerified(sentence)) continue;

            // Marked unverified by the ledger.
            var entry = claims.UnverifiedLedgerEntriesFor(sentence).FirstOrDefault();
            if (entry is not null)
            {
                var span = FlaggedSpan(claims, sentence, claims.LedgerStems.GetValueOrDefault(entry));
                if (span is { } flagged && ClaimFraming.IsStatedAsFact(sentence, flagged))
                {
                    var f = Finding.At(Descriptor, Severity.Warning, sentence, flagged,
                        $"Stated as fact, but the verification ledger marks \"{entry.Claim}\" {entry.Status.ToString().ToLowerInvariant()}. Attribute or hedge it, or verify it first.");
                    f.Related.Add(new RelatedLocation(entry.ClaimSpan, source.GetRange(entry.ClaimSpan), $"ledger: {entry.Status.ToString().ToLowerInvariant()}"));
                    SL101Fix(f, sentence);
                    findings.Add(f);
                    continue;
                }
            }

            // Marked unverified by another sentence of the draft: same figure first, then same content.
            foreach (var (other, mine, _) in claims.SameFigure(sentence))
            {
                if (!ClaimFraming.HasUnverifiedSignal(other.Sentence)) continue;
                if (!ClaimFraming.IsStatedAsFact(sentence, mine.Span)) continue;
                findings.Add(Report(sentence, mine.Span, mine.Text, other.Sentence, source));
                goto next;
            }
            foreach (var other in claims.SameContent(sentence))
            {
                if (!ClaimFraming.HasUnverifiedSignal(other.Sentence) || other.Sentence.Scope == ProseScope.Headline) continue;
                var span = FlaggedSpan(claims, sentence, other.Stems.Keys.ToHashSet());
                if (span is not { } flagged || !ClaimFraming.IsStatedAsFact(sentence, flagged)) continue;
                findings.Add(Report(sentence, flagged, sentence.TextOf(flagged), other.Sentence, source));
                break;
            }
            next:;
        }
    }

    private Finding Report(SentenceAnalysis sentence, TextSpan span, string text, SentenceAnalysis marker, SourceText source)
    {
        if (marker.UnverifiedByNext is { } next && !marker.UnverifiedSignals.Any()) marker = next;
        var signal = marker.UnverifiedSignals.First(m => !marker.InsideQuote(m.Span));
        var f = Finding.At(Descriptor, Severity.Warning, sentence, span,
            $"\"{text}\" is stated as fact, but the draft says elsewhere that it is {Describe(signal.Text)}. Attribute or hedge it here too.");
        f.WithRelated(marker, marker.Span, $"marked unverified here: \"{signal.Text}\"", source);
        SL101Fix(f, sentence);
        return f;
    }

    private static string Describe(string signal) => signal.ToLowerInvariant() switch
    {
        var s when s.Contains("verif") => "unverified",
        var s when s.Contains("disput") => "disputed",
        var s when s.Contains("den") => "denied",
        var s when s.Contains("claim") => "only claimed",
        _ => "not confirmed",
    };

    private static void SL101Fix(Finding f, SentenceAnalysis sentence) => Attribution.SL101UnattributedFigure.AddAttributionFix(f, sentence);

    /// <summary>The figure of the claim if it has one, else the run of content words it shares with the other mention.</summary>
    internal static TextSpan? FlaggedSpan(ClaimIndex claims, SentenceAnalysis sentence, IReadOnlySet<string>? otherStems)
    {
        var sig = claims.SignatureOf(sentence);
        if (sig.Figures.Count > 0) return sig.Figures[0].Figure.Span;
        var indexes = otherStems is null
            ? sig.Stems.Values.SelectMany(v => v).ToList()
            : sig.Stems.Where(kv => otherStems.Contains(kv.Key)).SelectMany(kv => kv.Value).ToList();
        if (indexes.Count == 0) return null;
        int first = indexes.Min(), last = indexes.Max();
        return TextSpan.FromBounds(sentence.Tokens[first].Span.Start, sentence.Tokens[last].Span.End);
    }
}
