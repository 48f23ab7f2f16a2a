using FluentAssertions;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Check;

/// <summary>Which files <c>check</c> reads, and how it reports paths it cannot use.</summary>
public sealed class CheckPathsTests : IDisposable
{
    private readonly TempDir _dir = new();
    private const string CleanDraft = "# Council opens new library\n\nThe library opened on Monday.\n";

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_clean_file_exits_zero_with_a_summary()
    {
        string draft = _dir.File("clean.md", CleanDraft);

        var run = CliRunner.Run("check", draft);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Contain("1 file checked");
    }

    [Fact]
    public void A_folder_recurses_into_drafts_and_skips_hidden_and_build_folders()
    {
        _dir.File("news/a.md", CleanDraft);
        _dir.File("news/deep/b.markdown", CleanDraft);
        _dir.File("news/c.txt", "Plain text draft.\n");
        _dir.File("news/notes.docx", "not a draft");
        _dir.File("news/.git/d.md", "<!-- sourcelint-disable SL999 -->\n");
        _dir.File("news/node_modules/e.md", "<!-- sourcelint-disable SL999 -->\n");
        _dir.File("news/bin/f.md", "<!-- sourcelint-disable SL999 -->\n");

        var run = CliRunner.Run("check", _dir.Combine("news"));

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("3 files checked");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_with_its_path_and_line_and_the_run_goes_on()
    {
        string bad = _dir.Bytes("bad.md", [.. "Line one\n"u8, 0xC3, 0x28, (byte)'\n']);
        // An unknown rule in a suppression comment is a problem the engine reports: it proves the second file was linted.
        string good = _dir.File("good.md", "Text.\n\n<!-- sourcelint-disable SL999 -->\n");

        var run = CliRunner.Run("check", bad, good);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(bad).And.Contain("line 2").And.Contain("not valid UTF-8");
        run.Stderr.Should().Contain(good + ":3:1: unknown rule 'SL999'");
        run.Stdout.Should().Contain("1 file checked").And.Contain("1 file could not be checked",
            "a draft the engine never read is not counted as checked and clean");
    }

    [Fact]
    public void A_missing_path_is_an_error_naming_it_and_the_other_paths_are_still_checked()
    {
        string good = _dir.File("good.md", "<!-- sourcelint-disable SL998 -->\n");
        string missing = _dir.Combine("nowhere.md");

        var run = CliRunner.Run("check", missing, good);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain($"{missing}: no such file or folder");
        run.Stderr.Should().Contain("unknown rule 'SL998'");
    }

    [Fact]
    public void A_folder_with_no_drafts_is_an_error()
    {
        _dir.File("empty/readme.docx", "x");

        var run = CliRunner.Run("check", _dir.Combine("empty"));

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(_dir.Combine("empty")).And.Contain("no drafts");
    }

    [Fact]
    public void The_same_file_named_twice_is_checked_once()
    {
        string draft = _dir.File("a.md", CleanDraft);

        var run = CliRunner.Run("check", draft, draft, _dir.Path);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("1 file checked");
    }

    [Fact]
    public void Check_never_modifies_a_draft()
    {
        string draft = _dir.File("a.md", "# Title\n\nMore than 30 soldiers were killed.\r\n\"Quote,\" he said.\n");
        byte[] before = File.ReadAllBytes(draft);
        var stamp = File.GetLastWriteTimeUtc(draft);

        CliRunner.Run("check", draft);
        CliRunner.Run("check", "--format", "sarif", draft);

        File.ReadAllBytes(draft).Should().Equal(before);
        File.GetLastWriteTimeUtc(draft).Should().Be(stamp);
    }
}
