using FluentAssertions;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Check;

/// <summary>A bad configuration is an error naming its file, line and key; never a silent default.</summary>
public sealed class CheckConfigTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_discovered_config_with_an_unknown_key_names_file_line_and_key()
    {
        string config = _dir.File("desk/.sourcelint.yml", "rules:\n  SL101: warning\nrulez:\n  SL102: off\n");
        string draft = _dir.File("desk/stories/a.md", "Text.\n");

        var run = CliRunner.Run("check", draft);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain($"{config}:3:1: 'rulez': unknown key");
        run.Stdout.Should().Contain("0 files checked").And.Contain("1 file could not be checked",
            "a draft left unchecked by its broken configuration must not read as checked and clean");
    }

    [Fact]
    public void A_forced_config_with_an_unknown_rule_is_an_error_before_any_draft_is_read()
    {
        string config = _dir.File("house.yml", "rules:\n  SL101: warning\n  no-such-rule: error\n");
        string draft = _dir.File("a.md", "Text.\n");

        var run = CliRunner.Run("check", "--config", config, draft);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain($"{config}:3:3: 'no-such-rule': unknown rule");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void A_bad_severity_names_the_rule()
    {
        string config = _dir.File(".sourcelint.yml", "rules:\n  SL104: loud\n");
        string draft = _dir.File("a.md", "Text.\n");

        var run = CliRunner.Run("check", draft);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain($"{config}:2:10: 'SL104': 'loud' is not a severity");
    }

    [Fact]
    public void A_missing_forced_config_is_an_error_naming_it()
    {
        string draft = _dir.File("a.md", "Text.\n");
        string missing = _dir.Combine("missing.yml");

        var run = CliRunner.Run("check", "--config", missing, draft);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(missing);
    }

    [Fact]
    public void A_forced_config_wins_over_a_broken_discovered_one()
    {
        _dir.File(".sourcelint.yml", "nonsense: [\n");
        string forced = _dir.File("ok.yml", "rules:\n  SL104: off\n");
        string draft = _dir.File("a.md", "Text.\n");

        var run = CliRunner.Run("check", "--config", forced, draft);

        run.ExitCode.Should().Be(0, run.Stderr);
    }

    [Fact]
    public void A_valid_discovered_config_is_used_without_complaint()
    {
        _dir.File(".sourcelint.yml", "# house style\nrules:\n  SL104: off\n  vague-attribution: error\nlexicon:\n  hedges: [reportedly]\n");
        string draft = _dir.File("sub/a.md", "Text.\n");

        var run = CliRunner.Run("check", draft);

        run.ExitCode.Should().Be(0, run.Stderr);
    }
}
