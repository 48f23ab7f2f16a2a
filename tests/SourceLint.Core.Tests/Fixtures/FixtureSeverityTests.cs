using System.Text.RegularExpressions;
using FluentAssertions;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Tests.Support;

namespace SourceLint.Core.Tests.Fixtures;

/// <summary>
/// The expected files have no severity column; tests/fixtures/attribution/README.md gives each row's severity
/// ("3 SL101 `12%` (information)"). Here the table is held to it, so that a figure drifting between background
/// (information) and statistical claim (warning) fails as surely as a missing row.
/// </summary>
public class FixtureSeverityTests
{
    private static readonly Regex Row = new(@"(\d+) (SL\d{3}) `([^`]*)` \((warning|information)\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex FixtureName = new(@"^\| `([^`]+\.(?:md|txt|markdown))` \|", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Folder => Path.Combine(SharedFolder.RepoRoot, "tests", "fixtures", "attribution");

    public static TheoryData<string> TableRows()
    {
        var data = new TheoryData<string>();
        foreach (string line in File.ReadLines(Path.Combine(Folder, "README.md")))
            if (FixtureName.Match(line) is { Success: true } m && Row.IsMatch(line)) data.Add(m.Groups[1].Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(TableRows))]
    public void Each_row_has_the_severity_the_fixture_table_gives(string fixture)
    {
        string line = File.ReadLines(Path.Combine(Folder, "README.md")).First(l => l.StartsWith($"| `{fixture}` |", StringComparison.Ordinal));
        var expected = Row.Matches(line).Select(m => (Line: int.Parse(m.Groups[1].Value), Rule: m.Groups[2].Value, Text: m.Groups[3].Value,
            Severity: m.Groups[4].Value == "warning" ? Severity.Warning : Severity.Information)).ToList();

        string path = Path.Combine(Folder, fixture);
        string text = new System.Text.UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var actual = new LintEngine().Lint(text, path).Diagnostics
            .Select(d => (Line: d.Range.Start.Line + 1, Rule: d.Id, Text: text.Substring(d.Span.Start, d.Span.Length), d.Severity)).ToList();

        actual.Should().Contain(expected, because: $"the fixture table gives {fixture}'s severities");
    }

    [Fact]
    public void The_table_gives_severities_to_check()
    {
        TableRows().Count.Should().BeGreaterThan(50);
    }
}
