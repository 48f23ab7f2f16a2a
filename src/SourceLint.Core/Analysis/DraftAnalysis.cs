using SourceLint.Core.Claims;
using SourceLint.Core.Documents;
using SourceLint.Core.Ledger;
using SourceLint.Core.Lexicons;

namespace SourceLint.Core.Analysis;

/// <summary>The shared analysis every rule reads: parsed once, scoped once, recognised once.</summary>
public sealed class DraftAnalysis
{
    /// <param name="previousClaims">The claim index of the previous version of the same draft, if any (see <see cref="ClaimIndex.Build"/>).</param>
    internal DraftAnalysis(Draft draft, LexiconSet lexicons, IReadOnlyList<SentenceAnalysis> sentences, VerificationLedger ledger, ClaimIndex? previousClaims = null)
    {
        Draft = draft;
        Lexicons = lexicons;
        SentenceList = sentences as List<SentenceAnalysis> ?? [.. sentences];
        Sentences = SentenceList;
        Ledger = ledger;
        Claims = ClaimIndex.Build(sentences, lexicons, ledger, previousClaims);
    }

    public Draft Draft { get; }
    public LexiconSet Lexicons { get; }
    public IReadOnlyList<SentenceAnalysis> Sentences { get; }

    /// <summary>
    /// <see cref="Sentences"/> as the list it is, for the rules' loops over every sentence: through the interface each
    /// sentence cost two interface calls (a boxed enumerator's MoveNext and Current), which the Native AOT build cannot
    /// devirtualize; the list's own enumerator is a struct whose calls are inlined.
    /// </summary>
    internal List<SentenceAnalysis> SentenceList { get; }
    public VerificationLedger Ledger { get; }
    public ClaimIndex Claims { get; }
    /// <summary>Problems with the input (a malformed ledger, a bad suppression comment); 1-based lines.</summary>
    public IReadOnlyList<Diagnostics.LintProblem> Problems { get; internal set; } = [];

    /// <summary>The sentence holding this source offset, or null.</summary>
    public SentenceAnalysis? SentenceAt(int sourceOffset)
    {
        foreach (var s in Sentences)
        {
            var span = s.SourceSpan;
            if (sourceOffset >= span.Start && sourceOffset <= span.End) return s;
        }
        return null;
    }
}
