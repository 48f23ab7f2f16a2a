using System.Text.Json;
using FluentAssertions;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Baseline;

/// <summary>
/// Adopting SourceLint on an archive: record today's findings, then report only new ones. Uses the seed
/// draft, which the engine flags (SL101 on "More than 30 soldiers" and others).
/// </summary>
public sealed class BaselineTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _draft;
    private readonly string _baseline;

    public BaselineTests()
    {
        _draft = _dir.File("desk/draft.md", File.ReadAllText(Path.Combine(RepoPaths.Samples, "seed-draft.md")));
        _baseline = _dir.Combine("desk/.sourcelint-baseline.json");
    }

    public void Dispose() => _dir.Dispose();

    private void Edit(string from, string to)
    {
        string text = File.ReadAllText(_draft);
        text.Should().Contain(from);
        File.WriteAllText(_draft, text.Replace(from, to));
    }

    private JsonElement CheckJson(out int exit)
    {
        var run = CliRunner.Run("check", "--format", "json", "--baseline", _baseline, _draft);
        exit = run.ExitCode;
        return JsonDocument.Parse(run.Stdout).RootElement.Clone();
    }

    private int WriteBaseline()
    {
        var run = CliRunner.Run("baseline", "write", "--output", _baseline, _draft);
        run.ExitCode.Should().Be(0, run.Stderr);
        return JsonDocument.Parse(File.ReadAllText(_baseline)).RootElement.GetProperty("entries").GetArrayLength();
    }

    [Fact]
    public void Round_trip_edits_elsewhere_add_nothing_and_a_new_unattributed_figure_is_exactly_one_new_finding()
    {
        int recorded = WriteBaseline();
        recorded.Should().BeGreaterThan(3, "the seed draft has several findings");
        CliRunner.Run("check", _draft).ExitCode.Should().Be(1, "without the baseline the draft has warnings");

        // An unrelated paragraph edited and a new one inserted above the findings: every line number shifts.
        Edit("with residents reporting hearing gunfire and explosions.", "with residents reporting hearing loud gunfire and several explosions.");
        Edit("On Monday the same group", "Residents spent the day indoors.\n\nOn Monday the same group");
        var after = CheckJson(out int exit);
        after.GetProperty("files")[0].GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        after.GetProperty("summary").GetProperty("baselineMatched").GetInt32().Should().Be(recorded);
        after.GetProperty("staleBaseline").GetArrayLength().Should().Be(0);
        exit.Should().Be(0);

        Edit("Residents spent the day indoors.", "Residents spent the day indoors. At least 12 vehicles were destroyed in the raid.");
        var added = CheckJson(out _).GetProperty("files")[0].GetProperty("diagnostics");
        added.GetArrayLength().Should().Be(1);
        added[0].GetProperty("rule").GetString().Should().Be("SL101");
        added[0].GetProperty("flaggedText").GetString().Should().Be("At least 12 vehicles");
    }

    [Fact]
    public void A_fixed_finding_leaves_a_stale_entry_that_check_lists()
    {
        WriteBaseline();
        Edit("More than 30 soldiers were killed in Sunday’s attack, however that figure has not been confirmed by the authorities.",
             "More than 30 soldiers were killed in Sunday’s attack, the group said, though the authorities have not confirmed that figure.");

        var run = CliRunner.Run("check", "--baseline", _baseline, _draft);

        run.Stdout.Should().MatchRegex(@"draft\.md: stale baseline entry SL101 \(line 5, ""More than 30 soldiers""\): no longer found");
        run.Stdout.Should().MatchRegex(@"\d+ known from the baseline, [1-9]\d* stale baseline entr");
    }

    [Fact]
    public void The_baseline_is_found_from_any_working_folder_because_paths_are_relative_to_it()
    {
        WriteBaseline();
        JsonDocument.Parse(File.ReadAllText(_baseline)).RootElement.GetProperty("entries")[0].GetProperty("path").GetString().Should().Be("draft.md");

        var run = CliRunner.Process(_dir.Path, null, "check", "--baseline", "desk/.sourcelint-baseline.json", "desk");

        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
    }

    [Fact]
    public void A_missing_or_broken_baseline_is_an_error_naming_it()
    {
        string broken = _dir.File("broken.json", "{ \"version\": 7 }");

        CliRunner.Run("check", "--baseline", _dir.Combine("missing.json"), _draft).Stderr.Should().Contain("missing.json");
        var run = CliRunner.Run("check", "--baseline", broken, _draft);
        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(broken).And.Contain("version 1");
    }

    [Fact]
    public void Baseline_needs_an_action_and_a_path() 
    {
        CliRunner.Run("baseline").ExitCode.Should().Be(2);
        CliRunner.Run("baseline", "read", _draft).Stderr.Should().Contain("unknown action 'read'");
        CliRunner.Run("baseline", "write").Stderr.Should().Contain("no PATH given");
    }
}
