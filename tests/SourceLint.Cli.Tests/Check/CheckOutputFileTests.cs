using System.Text.Json;
using FluentAssertions;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Check;

/// <summary><c>--output FILE</c>: the report goes to the file, nothing to standard output.</summary>
public sealed class CheckOutputFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_report_goes_to_the_file_and_standard_output_stays_empty()
    {
        string draft = _dir.File("a.md", "Text.\n");
        string report = _dir.Combine("report.sarif");

        var run = CliRunner.Run("check", "--format", "sarif", "--output", report, draft);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().BeEmpty();
        using var doc = JsonDocument.Parse(File.ReadAllText(report));
        doc.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_an_error_naming_it()
    {
        string draft = _dir.File("a.md", "Text.\n");
        string report = _dir.Combine("no/such/folder/report.txt");

        var run = CliRunner.Run("check", "-o", report, draft);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(report);
    }
}
