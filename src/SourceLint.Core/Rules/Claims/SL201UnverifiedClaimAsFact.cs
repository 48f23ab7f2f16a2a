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
/// The rule starts from the few places that mark a claim unverified and looks the claim up in the
/// claim index, so its cost follows the number of signals, not the square of the draft.
/// </summary>
public sealed class SL201UnverifiedClaimAsFact : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL201;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        var claims = analysis.Claims;
        var source = analysis.Draft.Source;
        var reported = new HashSet<SentenceAnalysis>(ReferenceEqualityComparer.Instance);

        // Marked unverified by the ledger: every matching sentence that states the claim flat.
        foreach (var (entry, matches) in claims.LedgerMatches)
        {
            if (!entry.IsUnverifiedSignal) continue;
            foreach (var match in matches)
            {
                var sentence = match.Sentence;
                if (!IsCandidate(claims, sentence) || reported.Contains(sentence)) continue;
                var span = FlaggedSpan(claims, sentence, claims.LedgerStems.GetValueOrDefault(entry));
                if (span is not { } flagged || !ClaimFraming.IsStatedAsFact(sentence, flagged)) continue;
                var f = Finding.At(Descriptor, Severity.Warning, sentence, flagged,
                    $"Stated as fact, but the verification ledger marks \"{entry.Claim}\" {entry.Status.ToString().ToLowerInvariant()}. Attribute or hedge it, or verify it first.");
                f.Related.Add(new RelatedLocation(entry.ClaimSpan, source.GetRange(entry.ClaimSpan), $"ledger: {entry.Status.ToString().ToLowerInvariant()}"));
                Attribution.SL101UnattributedFigure.AddAttributionFix(f, sentence);
                findings.Add(f);
                reported.Add(sentence);
            }
        }

        // Marked unverified by a sentence of the draft: the same figure first, then the same content.
        foreach (var marker in analysis.SentenceList)
        {
            if (!ClaimFraming.HasUnverifiedSignal(marker) || marker.Scope is ProseScope.Headline or ProseScope.Subheading) continue;
            foreach (var (other, theirs, mine) in claims.SameFigure(marker))
            {
                var sentence = other.Sentence;
                if (!IsCandidate(claims, sentence) || reported.Contains(sentence)) continue;
                if (!ClaimFraming.IsStatedAsFact(sentence, mine.Span)) continue;
                findings.Add(Report(sentence, mine.Span, mine.Text, marker, source));
                reported.Add(sentence);
            }
            var markerStems = new HashSet<string>(claims.SignatureOf(marker).DistinctStems, StringComparer.Ordinal);
            foreach (var other in claims.SameContent(marker))
            {
                var sentence = other.Sentence;
                if (!IsCandidate(claims, sentence) || reported.Contains(sentence)) continue;
                var span = FlaggedSpan(claims, sentence, markerStems);
                if (span is not { } flagged || !ClaimFraming.IsStatedAsFact(sentence, flagged)) continue;
                findings.Add(Report(sentence, flagged, sentence.TextOf(flagged), marker, source));
                reported.Add(sentence);
            }
        }
    }

    /// <summary>A sentence that could state the claim flat: body prose, not itself marking it, not ledger-verified.</summary>
    private static bool IsCandidate(ClaimIndex claims, SentenceAnalysis s) =>
        s.Scope is not (ProseScope.Headline or ProseScope.Subheading) && !ClaimFraming.HasUnverifiedSignal(s) && !claims.IsLedgerVerified(s);

    private Finding Report(SentenceAnalysis sentence, TextSpan span, string text, SentenceAnalysis marker, SourceText source)
    {
        // The draft's own words that mark the claim: the marker's signal outside any quote, else the next
        // sentence's ("That figure could not be verified."). A signal inside a quote is a speaker's, not the draft's.
        var signal = ClaimFraming.OwnUnverifiedSignal(marker);
        if (signal is null && marker.UnverifiedByNext is { } next) { marker = next; signal = ClaimFraming.OwnUnverifiedSignal(next); }
        if (signal is null) throw new InvalidOperationException("SL201 reports only where ClaimFraming.HasUnverifiedSignal holds");
        var f = Finding.At(Descriptor, Severity.Warning, sentence, span,
            $"\"{text}\" is stated as fact, but the draft says elsewhere that it is {Describe(signal.Text)}. Attribute or hedge it here too.");
        f.WithRelated(marker, marker.Span, $"marked unverified here: \"{signal.Text}\"", source);
        Attribution.SL101UnattributedFigure.AddAttributionFix(f, sentence);
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

    /// <summary>The figure of the claim if it has one, else the run of content words it shares with the other mention.</summary>
    internal static TextSpan? FlaggedSpan(ClaimIndex claims, SentenceAnalysis sentence, IReadOnlySet<string>? otherStems)
    {
        var sig = claims.SignatureOf(sentence);
        if (sig.Figures.Count > 0) return sig.Figures[0].Figure.Span;
        // Read from the signature's arrays: a list of indexes per candidate was much of SL201's and SL303's allocation.
        if (sig.TokenBounds(otherStems) is not var (first, last)) return null;
        return TextSpan.FromBounds(sentence.Tokens[first].Span.Start, sentence.Tokens[last].Span.End);
    }
}
