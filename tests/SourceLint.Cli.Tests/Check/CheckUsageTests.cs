using FluentAssertions;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Check;

/// <summary>The hand-written option parser: unknown options and missing values are usage errors (exit 2).</summary>
public sealed class CheckUsageTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void An_unknown_option_is_a_usage_error_and_not_taken_for_a_path()
    {
        string draft = _dir.File("a.md", "Text.\n");

        var run = CliRunner.Run("check", "--bogus", draft);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("unknown option '--bogus'").And.Contain("usage: sourcelint check");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void An_option_without_its_value_says_so()
    {
        string draft = _dir.File("a.md", "Text.\n");

        var run = CliRunner.Run("check", draft, "--format");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("'--format' needs a value");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        string draft = _dir.File("a.md", "Text.\n");

        var run = CliRunner.Run("check", "--format", "yaml", draft);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("unknown format 'yaml'");
    }

    [Fact]
    public void No_path_is_a_usage_error()
    {
        var run = CliRunner.Run("check");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("no PATH given");
    }

    [Fact]
    public void A_double_dash_ends_the_options_so_a_draft_may_start_with_a_dash()
    {
        _dir.File("-odd.md", "Text.\n");

        var run = CliRunner.Run("check", "--", _dir.Combine("-odd.md"));

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("1 file checked");
    }

    [Fact]
    public void Help_prints_the_check_usage_and_exits_zero()
    {
        var run = CliRunner.Run("check", "--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("usage: sourcelint check").And.Contain("--format");
    }

    [Fact]
    public void An_unknown_command_or_none_is_a_usage_error()
    {
        CliRunner.Run("lint", "x.md").ExitCode.Should().Be(2);
        CliRunner.Run("lint", "x.md").Stderr.Should().Contain("unknown command 'lint'");
        CliRunner.Run().ExitCode.Should().Be(2);
    }

    [Fact]
    public void Version_prints_a_version_number()
    {
        var run = CliRunner.Run("--version");

        run.ExitCode.Should().Be(0);
        run.Stdout.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }
}
