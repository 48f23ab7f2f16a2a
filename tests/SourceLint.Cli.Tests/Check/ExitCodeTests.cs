using FluentAssertions;
using SourceLint.Cli.Commands;
using SourceLint.Cli.Output;
using SourceLint.Cli.Tests.Support;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Rules;

namespace SourceLint.Cli.Tests.Check;

/// <summary>0 nothing at warning or above, 1 findings at warning or above, 2 errors (which win).</summary>
public sealed class ExitCodeTests
{
    private const string Text = "More than 30 soldiers were killed.\n";

    private static FileReport With(Severity severity) =>
        new("a.md", Text, [Findings.At(Text, "More than 30 soldiers", RuleRegistry.SL101, "m", severity)], []);

    [Theory]
    [InlineData(Severity.Hint, 0)]
    [InlineData(Severity.Information, 0)]
    [InlineData(Severity.Warning, 1)]
    [InlineData(Severity.Error, 1)]
    public void Findings_at_warning_or_above_exit_one(Severity severity, int expected) =>
        CheckCommand.ExitCode([With(severity)], hadErrors: false).Should().Be(expected);

    [Fact]
    public void Errors_win_over_findings() =>
        CheckCommand.ExitCode([With(Severity.Error)], hadErrors: true).Should().Be(2);

    [Fact]
    public void No_files_no_findings_exit_zero() =>
        CheckCommand.ExitCode([], hadErrors: false).Should().Be(0);
}
