using FluentAssertions;
using SourceLint.Core.Tests.Support;

namespace SourceLint.Core.Tests.Fixtures;

/// <summary>
/// Every fixture draft in tests/fixtures (NAME.md or NAME.txt beside NAME.expected.tsv) raises exactly
/// the (line, rule) pairs its expected file lists, no more and no fewer.
/// </summary>
public class FixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        string root = Path.Combine(SharedFolder.RepoRoot, "tests", "fixtures");
        foreach (string tsv in Directory.EnumerateFiles(root, "*.expected.tsv", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(root, tsv));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_raises_exactly_its_expected_diagnostics(string fixture)
    {
        string tsv = Path.Combine(SharedFolder.RepoRoot, "tests", "fixtures", fixture);
        var expected = ExpectedDiagnostics.Read(tsv);
        var actual = ExpectedDiagnostics.Actual(ExpectedDiagnostics.DraftFor(tsv));
        actual.Should().BeEquivalentTo(expected, because: $"{fixture} lists the diagnostics its draft must raise");
    }

    public static TheoryData<string> AttributionFixtures()
    {
        var data = new TheoryData<string>();
        foreach (string fixture in Fixtures()) if (fixture.StartsWith("attribution", StringComparison.Ordinal)) data.Add(fixture);
        return data;
    }

    /// <summary>
    /// The text column too, for the attribution rules, whose ranges rules.md defines (the figure with its
    /// approximator and counted noun, the quote with its marks, the weasel phrase, the source phrase):
    /// each diagnostic covers exactly the text its row gives, so a range that drifts fails here.
    /// </summary>
    [Theory]
    [MemberData(nameof(AttributionFixtures))]
    public void Attribution_fixture_ranges_cover_the_expected_text(string fixture)
    {
        string tsv = Path.Combine(SharedFolder.RepoRoot, "tests", "fixtures", fixture);
        var expected = ExpectedDiagnostics.ReadWithText(tsv);
        var actual = ExpectedDiagnostics.ActualWithText(ExpectedDiagnostics.DraftFor(tsv));
        actual.Should().BeEquivalentTo(expected, because: $"{fixture} gives the text each range must cover");
    }

    [Fact]
    public void There_are_fixtures_to_run()
    {
        Fixtures().Count.Should().BeGreaterThan(0);
    }
}

/// <summary>The shared sample drafts (../shared/samples) raise exactly their expected diagnostics.</summary>
public class SharedSampleTests
{
    [SharedTheory]
    [InlineData("seed-article.expected.tsv")]
    [InlineData("seed-draft.expected.tsv")]
    [InlineData("seed-ledger.expected.tsv")]
    public void Shared_sample_raises_exactly_its_expected_diagnostics(string name)
    {
        string tsv = Path.Combine(SharedFolder.Path!, "samples", name);
        var expected = ExpectedDiagnostics.Read(tsv);
        var actual = ExpectedDiagnostics.Actual(ExpectedDiagnostics.DraftFor(tsv));
        actual.Should().BeEquivalentTo(expected);
    }
}
