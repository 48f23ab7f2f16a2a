using FluentAssertions;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Check;

/// <summary>The built binary in a real process: exit codes and streams as a CI job sees them.</summary>
public sealed class BinaryTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_clean_draft_exits_zero_in_a_real_process()
    {
        _dir.File("drafts/a.md", "# Title\n\nThe library opened on Monday.\n");

        var run = CliRunner.Process(_dir.Path, null, "check", "drafts");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("1 file checked");
    }

    [Fact]
    public void Usage_errors_exit_two_in_a_real_process()
    {
        var run = CliRunner.Process(_dir.Path, null, "check", "--nope", "x.md");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("unknown option '--nope'");
    }

    [Fact]
    public void An_unreadable_draft_exits_two_and_the_report_file_is_still_written()
    {
        _dir.Bytes("drafts/bad.txt", [0xFF, 0xFE, 0x41]);
        _dir.File("drafts/good.txt", "Fine.\n");

        var run = CliRunner.Process(_dir.Path, null, "check", "drafts", "--output", "out.txt");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(Path.Combine("drafts", "bad.txt")).And.Contain("not valid UTF-8");
        File.ReadAllText(_dir.Combine("out.txt")).Should().Contain("1 file checked").And.Contain("1 file could not be checked");
    }
}

/// <summary>The CLI on the repository's sample drafts, whose expected findings the spec fixes.</summary>
public sealed class SampleDraftTests
{
    [Fact]
    public void The_seed_draft_exits_one_and_reports_its_unattributed_figure_with_context()
    {
        var run = CliRunner.Process(RepoPaths.Root, null, "check", "samples/seed-draft.md");

        run.ExitCode.Should().Be(1, run.Stderr);
        string[] lines = run.Stdout.Split('\n');
        int at = Array.FindIndex(lines, l => l.StartsWith("samples/seed-draft.md:5:1: warning SL101 unattributed-figure: "));
        at.Should().BeGreaterThan(-1, run.Stdout);
        lines[at + 2].Should().StartWith("5 | More than 30 soldiers were killed");
        lines[at + 3].Should().StartWith("  | ^^^^^^^^^^^^^^^^^^^^^");
    }

    [Fact]
    public void The_seed_draft_as_github_annotations()
    {
        var run = CliRunner.Process(RepoPaths.Root, null, "check", "--format", "github", "samples/seed-draft.md");

        run.Stdout.Should().Contain("::warning file=samples/seed-draft.md,line=5,col=1,endLine=5,");
        run.Stdout.Should().Contain("title=SL101 unattributed-figure::");
    }
}
