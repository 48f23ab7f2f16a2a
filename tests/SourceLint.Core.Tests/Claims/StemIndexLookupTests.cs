using FluentAssertions;
using SourceLint.Core.Analysis;
using SourceLint.Core.Claims;
using SourceLint.Core.Tests.Analysis;

namespace SourceLint.Core.Tests.Claims;

/// <summary>
/// A claim index answers a short draft's first few same-content lookups by reading every signature, and builds
/// its stem index for the later ones. Both ways must find the same sentences in the same order.
/// </summary>
public class StemIndexLookupTests
{
    private static readonly LintEngine Engine = new();

    private static string Lookups(ClaimIndex index, SentenceAnalysis s) =>
        string.Join(",", index.SameContent(s).Select(o => o.Position)) + " / " + string.Join(",", index.SameContentLoose(s).Select(o => o.Position));

    [Fact]
    public void Lookups_read_from_the_signatures_match_the_stem_index()
    {
        int found = 0;
        foreach (var text in IncrementalReadTests.Drafts)
        {
            var analysis = Engine.Lint(text, "draft.md").Analysis;
            var sentences = analysis.Sentences;
            if (sentences.Count < 4) continue;
            // Asked in reading order, the first sentences' lookups read the signatures and the last ones use the
            // stem index; asked in reverse, the other way round.
            var forward = ClaimIndex.Build(sentences, analysis.Lexicons, analysis.Ledger);
            var inOrder = sentences.Select(s => Lookups(forward, s)).ToList();
            var backward = ClaimIndex.Build(sentences, analysis.Lexicons, analysis.Ledger);
            var reversed = sentences.Reverse().Select(s => Lookups(backward, s)).Reverse().ToList();
            reversed.Should().Equal(inOrder);
            found += inOrder.Count(l => l != " / ");
        }
        found.Should().BePositive("the drafts repeat claims, so some lookups find something");
    }
}
