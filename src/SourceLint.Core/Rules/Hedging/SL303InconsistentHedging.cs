using SourceLint.Core.Analysis;
using SourceLint.Core.Claims;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Documents;

namespace SourceLint.Core.Rules.Hedging;

/// <summary>
/// SL303 inconsistent-hedging: a body sentence states a claim bare when another body sentence hedges
/// the same claim; and a figure given bare with a different approximation or value than another
/// mention of the same referent ("more than 30 soldiers" / "30 soldiers"). Two mentions each
/// attributed to their own source may differ. The later mention is flagged; related information
/// points at the earlier one.
/// </summary>
public sealed class SL303InconsistentHedging : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL303;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        var claims = analysis.Claims;
        var source = analysis.Draft.Source;
        // Reading order is the signatures' position (the index is built over analysis.Sentences): no
        // sentence → index dictionary per draft.
        foreach (var sentence in analysis.SentenceList)
        {
            if (!IsBody(sentence) || sentence.IsWholeQuoteSentence()) continue;
            int me = claims.SignatureOf(sentence).Position;
            // A figure that drifts: same counted noun, a different value or approximation, a close value.
            foreach (var (other, mine, theirs) in claims.SameNoun(sentence))
            {
                if (!IsBody(other.Sentence) || other.Position >= me) continue;
                if (!ClaimFraming.IsStatedAsFact(sentence, mine.Span)) continue;
                if (mine.Value is not { } a || theirs.Value is not { } b) continue;
                bool sameValue = a == b;
                if (sameValue && Approx(mine) == Approx(theirs)) continue;
                if (!sameValue && (Math.Max(a, b) > 2 * Math.Min(a, b))) continue; // a different referent
                if (!FigureReferent.Same(sentence, mine, other.Sentence, theirs, analysis.Lexicons)) continue;
                var f = Finding.At(Descriptor, Severity.Warning, sentence, mine.Span,
                    $"\"{mine.Text}\" differs from \"{theirs.Text}\" given earlier for the same thing; make the figures agree or attribute each.");
                f.WithRelated(other.Sentence, theirs.Span, $"earlier mention: \"{theirs.Text}\"", source);
                findings.Add(f);
                break;
            }
        }

        // The same claim hedged in one body sentence and bare in another: start from the few hedged
        // sentences and look the claim up, so the cost follows the hedges, not the square of the draft.
        var flaggedBare = new HashSet<SentenceAnalysis>(findings.Where(f => f.Rule == Descriptor && f.Sentence is not null).Select(f => f.Sentence!), ReferenceEqualityComparer.Instance);
        foreach (var hedged in analysis.SentenceList)
        {
            if (!IsBody(hedged) || hedged.IsWholeQuoteSentence() || !ClaimFraming.HedgesAnEvent(hedged)) continue;
            var hedgedStems = new HashSet<string>(claims.SignatureOf(hedged).DistinctStems, StringComparer.Ordinal);
            foreach (var other in claims.SameContent(hedged))
            {
                var sentence = other.Sentence;
                if (!IsBody(sentence) || sentence.IsWholeQuoteSentence() || flaggedBare.Contains(sentence)) continue;
                var span = Claims.SL201UnverifiedClaimAsFact.FlaggedSpan(claims, sentence, hedgedStems);
                if (span is not { } flagged || !ClaimFraming.IsStatedAsFact(sentence, flagged)) continue;
                var f = Finding.At(Descriptor, Severity.Warning, sentence, flagged,
                    "Stated bare here, but hedged elsewhere in the draft; hedge or attribute it consistently.");
                f.WithRelated(hedged, hedged.Span, "hedged here", source);
                findings.Add(f);
                flaggedBare.Add(sentence);
            }
        }
    }

    private static bool IsBody(SentenceAnalysis s) => s.Scope is ProseScope.Body or ProseScope.Lede or ProseScope.Blockquote or ProseScope.ListItem;

    private static string Approx(Figure f) => f.Approximator ?? "";
}
