using System.Text.Json;
using FluentAssertions;
using SourceLint.Cli.Files;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Check;

/// <summary>--min-severity, --quiet, --stats, globs, --exclude, the config's include/exclude, --shard and stable order.</summary>
public sealed class CheckSelectionTests : IDisposable
{
    private readonly TempDir _dir = new();
    private static readonly string Seed = File.ReadAllText(Path.Combine(RepoPaths.Samples, "seed-draft.md"));

    public void Dispose() => _dir.Dispose();

    private static List<string> Paths(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!.Replace('\\', '/')).ToList();

    private static List<string> Rules(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetString()!)).ToList();

    [Fact]
    public void Min_severity_hides_findings_below_it()
    {
        string draft = _dir.File("a.md", Seed);

        var all = Rules(CliRunner.Run("check", "-f", "json", draft).Stdout);
        var warnings = Rules(CliRunner.Run("check", "-f", "json", "--min-severity", "warning", draft).Stdout);

        all.Should().Contain("info");
        warnings.Should().NotBeEmpty().And.OnlyContain(s => s == "warning" || s == "error");
        warnings.Count.Should().Be(all.Count(s => s is "warning" or "error"));
        CliRunner.Run("check", "--min-severity", "loud", draft).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Min_severity_error_turns_a_warning_run_into_exit_zero()
    {
        string draft = _dir.File("a.md", Seed);

        CliRunner.Run("check", draft).ExitCode.Should().Be(1);
        CliRunner.Run("check", "--min-severity=error", draft).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Quiet_prints_findings_but_no_summary()
    {
        string draft = _dir.File("a.md", Seed);

        var run = CliRunner.Run("check", "-q", draft);

        run.Stdout.Should().Contain("SL101").And.NotContain("checked:");
    }

    [Fact]
    public void Stats_count_per_rule_and_per_file()
    {
        _dir.File("d/a.md", Seed);
        _dir.File("d/b.md", "# Title\n\nThe library opened on Monday.\n");

        var run = CliRunner.Run("check", "--stats", "--min-severity", "info", _dir.Combine("d"));

        run.Stdout.Should().Contain("findings per rule:").And.Contain("findings per file:");
        run.Stdout.Should().MatchRegex(@"(?m)^\s+3\s+SL104 anonymous-source$");
        run.Stdout.Should().MatchRegex(@"(?m)^\s+\d+\s+.*a\.md$").And.NotMatchRegex(@"(?m)^\s+\d+\s+.*b\.md$");
        var json = CliRunner.Run("check", "--stats", "-f", "json", _dir.Combine("d"));
        JsonDocument.Parse(json.Stdout).Should().NotBeNull("statistics go to stderr with a machine format");
        json.Stderr.Should().Contain("findings per rule:");
    }

    [Fact]
    public void Globs_select_drafts_and_a_glob_matching_nothing_is_an_error()
    {
        _dir.File("news/2024/a.md", "A.\n");
        _dir.File("news/2025/b.md", "B.\n");
        _dir.File("news/2025/c.txt", "C.\n");

        var run = CliRunner.Process(_dir.Path, null, "check", "-f", "json", "news/**/*.md");
        run.ExitCode.Should().Be(0, run.Stderr);
        Paths(run.Stdout).Should().Equal("news/2024/a.md", "news/2025/b.md");

        var none = CliRunner.Process(_dir.Path, null, "check", "news/**/*.docx");
        none.ExitCode.Should().Be(2);
        none.Stderr.Should().Contain("news/**/*.docx: the glob matches no drafts");
    }

    [Fact]
    public void Exclude_skips_matching_drafts_found_under_folders()
    {
        _dir.File("news/a.md", "A.\n");
        _dir.File("news/archive/old.md", "Old.\n");
        _dir.File("news/b.notes.md", "Notes.\n");

        var run = CliRunner.Process(_dir.Path, null, "check", "-f", "json", "--exclude", "news/archive/**", "--exclude", "**/*.notes.md", "news");

        Paths(run.Stdout).Should().Equal("news/a.md");
    }

    [Fact]
    public void The_configs_include_and_exclude_are_honoured_relative_to_its_folder()
    {
        _dir.File("desk/.sourcelint.yml", "include: [\"stories/**\"]\nexclude: [\"stories/wires/**\"]\n");
        _dir.File("desk/stories/a.md", "A.\n");
        _dir.File("desk/stories/wires/w.md", "W.\n");
        _dir.File("desk/notes/n.md", "N.\n");

        var run = CliRunner.Process(_dir.Path, null, "check", "-f", "json", "desk");

        Paths(run.Stdout).Should().Equal("desk/stories/a.md");
    }

    [Fact]
    public void Shards_split_the_files_into_disjoint_stable_parts_that_cover_them_all()
    {
        for (int i = 0; i < 30; i++) _dir.File($"n/{i:00}.md", $"Draft {i}.\n");
        var all = Paths(CliRunner.Process(_dir.Path, null, "check", "-f", "json", "n").Stdout);
        var parts = Enumerable.Range(1, 3).Select(i => Paths(CliRunner.Process(_dir.Path, null, "check", "-f", "json", "--shard", $"{i}/3", "n").Stdout)).ToList();

        parts.SelectMany(p => p).Should().BeEquivalentTo(all);
        parts.Sum(p => p.Count).Should().Be(all.Count);
        parts.Should().OnlyContain(p => p.Count > 0);
        Paths(CliRunner.Process(_dir.Path, null, "check", "-f", "json", "--shard", "2/3", "n").Stdout).Should().Equal(parts[1]);
        CliRunner.Run("check", "--shard", "4/3", "n").ExitCode.Should().Be(2);
        Shard.Hash("news/a.md").Should().Be(Shard.Hash("news/a.md")).And.NotBe(Shard.Hash("news/b.md"));
    }

    [Fact]
    public void Files_checked_in_parallel_are_reported_in_sorted_order()
    {
        var names = Enumerable.Range(0, 40).Select(i => $"p/{(i * 7919) % 97:000}.md").Distinct().ToList();
        foreach (var n in names) _dir.File(n, Seed);

        var run = CliRunner.Process(_dir.Path, null, "check", "-f", "json", "p");

        Paths(run.Stdout).Should().Equal(names.OrderBy(n => n, StringComparer.Ordinal));
    }
}
