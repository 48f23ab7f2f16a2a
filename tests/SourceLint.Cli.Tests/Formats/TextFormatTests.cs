using FluentAssertions;
using SourceLint.Cli.Output;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Formats;

public sealed class TextFormatTests
{
    [Fact]
    public void Each_finding_has_a_header_the_source_line_a_caret_underline_and_the_docs_link()
    {
        string text = SampleRun.Render(new TextReporter());
        string[] lines = text.Split('\n');

        int at = Array.IndexOf(lines, "drafts/mali attack.md:3:1: warning SL101 unattributed-figure: the figure 'More than 30 soldiers' has no source: say who counted it");
        at.Should().BeGreaterThan(-1, text);
        lines[at + 1].Should().Be("  |");
        lines[at + 2].Should().Be("3 | More than 30 soldiers were killed in Sunday’s attack, however that figure has not been confirmed.");
        lines[at + 3].Should().Be("  | " + new string('^', "More than 30 soldiers".Length));
        lines[at + 4].Should().Be("  = docs: https://github.com/sourcelint/sourcelint/blob/main/docs/rules/SL101.md");
    }

    [Fact]
    public void The_caret_sits_under_the_flagged_words_mid_line()
    {
        string text = SampleRun.Render(new TextReporter());
        string[] lines = text.Split('\n');
        int at = Array.FindIndex(lines, l => l.StartsWith("drafts/mali attack.md:7:1: info SL104"));
        at.Should().BeGreaterThan(-1);
        int h = Array.FindIndex(lines, l => l.StartsWith("drafts/mali attack.md:7:") && l.Contains("SL201"));
        string source = lines[h + 2], carets = lines[h + 3];
        int col = source.IndexOf("<script>", StringComparison.Ordinal);
        carets.IndexOf('^').Should().Be(col);
        carets.TrimEnd().Length.Should().Be(col + "<script>alert(1)</script> left 50% & more".Length);
        lines[h].Should().EndWith("a colon: and new line", "a message stays on its header line");
    }

    [Fact]
    public void The_summary_counts_by_severity_and_no_colour_codes_appear_by_default()
    {
        string text = SampleRun.Render(new TextReporter());

        text.TrimEnd().Split('\n').Last().Should().Be("2 files checked: 1 errors, 3 warnings, 1 notes; 1 file could not be checked");
        text.Should().NotContain("\u001b[");
    }

    [Fact]
    public void Colour_when_asked_colours_the_severity()
    {
        string text = SampleRun.Render(new TextReporter(color: true));

        text.Should().Contain("\u001b[1;33mwarning\u001b[0m").And.Contain("\u001b[1;31merror\u001b[0m");
    }

    [Theory]
    [InlineData("auto", true, null, true)]
    [InlineData("auto", true, "", true)]
    [InlineData("auto", true, "1", false)]
    [InlineData("auto", false, null, false)]
    [InlineData("always", false, "1", true)]
    [InlineData("never", true, null, false)]
    public void Colour_only_on_a_terminal_without_NO_COLOR_unless_forced(string mode, bool terminal, string? noColor, bool expected) =>
        Ansi.Decide(mode, terminal, noColor).Should().Be(expected);

    [Fact]
    public void A_long_paragraph_is_cut_to_a_window_around_the_finding()
    {
        string line = new string('a', 300) + "FLAG" + new string('b', 300);
        var (visible, carets) = SourceExcerpt.For(line, 300, 304);

        visible.Length.Should().BeLessThanOrEqualTo(SourceExcerpt.MaxWidth + 2);
        visible.Should().StartWith("…").And.EndWith("…");
        visible.Substring(carets.IndexOf('^'), 4).Should().Be("FLAG");
        carets.Trim().Should().Be("^^^^");
    }

    [Fact]
    public void The_cli_writes_no_colour_into_a_redirected_stream_or_a_file()
    {
        using var dir = new TempDir();
        string draft = dir.File("a.md", "Text.\n");

        var run = CliRunner.Process(dir.Path, new Dictionary<string, string> { ["NO_COLOR"] = "" }, "check", draft);
        run.Stdout.Should().NotContain("\u001b[");
        CliRunner.Run("check", "--color", "sometimes", draft).Stderr.Should().Contain("--color takes auto, always or never");
    }
}
