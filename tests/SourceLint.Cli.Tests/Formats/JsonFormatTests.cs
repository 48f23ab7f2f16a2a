using System.Text.Json;
using FluentAssertions;
using SourceLint.Cli.Output;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Formats;

public sealed class JsonFormatTests
{
    [Fact]
    public void The_json_report_follows_the_documented_version_one_schema()
    {
        using var doc = JsonDocument.Parse(SampleRun.Render(new JsonReporter()));
        var root = doc.RootElement;

        root.GetProperty("version").GetInt32().Should().Be(1);
        root.GetProperty("tool").GetProperty("name").GetString().Should().Be("sourcelint");
        var files = root.GetProperty("files");
        files.GetArrayLength().Should().Be(3);
        var first = files[0].GetProperty("diagnostics")[0];
        first.GetProperty("rule").GetString().Should().Be("SL101");
        first.GetProperty("name").GetString().Should().Be("unattributed-figure");
        first.GetProperty("severity").GetString().Should().Be("warning");
        first.GetProperty("flaggedText").GetString().Should().Be("More than 30 soldiers");
        var range = first.GetProperty("range");
        (range.GetProperty("startLine").GetInt32(), range.GetProperty("startColumn").GetInt32(),
         range.GetProperty("endLine").GetInt32(), range.GetProperty("endColumn").GetInt32()).Should().Be((3, 1, 3, 22));
        int start = first.GetProperty("offsets").GetProperty("start").GetInt32();
        SampleRun.Text.Substring(start, 21).Should().Be("More than 30 soldiers");
        first.GetProperty("fingerprint").GetString().Should().MatchRegex("^[0-9a-f]{32}$");
        files[0].GetProperty("diagnostics")[1].GetProperty("related")[0].GetProperty("message").GetString().Should().Be("no nearby speaker");
        files[2].GetProperty("errors")[0].GetString().Should().Contain("not valid UTF-8");
        var summary = root.GetProperty("summary");
        (summary.GetProperty("files").GetInt32(), summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(),
         summary.GetProperty("info").GetInt32(), summary.GetProperty("fileErrors").GetInt32()).Should().Be((3, 1, 3, 1, 1));
    }

    [Fact]
    public void Every_field_the_reporter_writes_is_documented()
    {
        string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "json-format.md"));
        string json = SampleRun.Render(new JsonReporter());
        var names = System.Text.RegularExpressions.Regex.Matches(json, "\"([A-Za-z]+)\":").Select(m => m.Groups[1].Value).Distinct();

        foreach (string name in names) doc.Should().Contain($"`{name}`", $"docs/json-format.md must describe the field '{name}'");
        doc.Should().Contain($"\"version\": {JsonReporter.SchemaVersion}");
    }

    [Fact]
    public void The_cli_writes_json_for_a_clean_run()
    {
        using var dir = new TempDir();
        string draft = dir.File("a.md", "Text.\n");

        var run = CliRunner.Run("check", "--format=json", draft);

        run.ExitCode.Should().Be(0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        doc.RootElement.GetProperty("files")[0].GetProperty("path").GetString().Should().Be(draft);
    }
}
