using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Json.Schema;
using SourceLint.Cli.Output;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Formats;

/// <summary>SARIF 2.1.0, validated against the official OASIS schema in ../shared/schemas.</summary>
public sealed class SarifFormatTests
{
    /// <summary>
    /// The OASIS schema is draft-04, which JsonSchema.Net does not evaluate; it uses no draft-04-only
    /// keyword (no boolean exclusiveMinimum/Maximum), so renaming its top-level "id" to "$id" and declaring
    /// draft-07 keeps its meaning. Format checks (uri, date-time) are switched on.
    /// </summary>
    private static readonly Lazy<JsonSchema> Schema = new(BuildSchema);

    private static JsonSchema LoadSchema() => Schema.Value;

    private static JsonSchema BuildSchema()
    {
        string path = Path.Combine(RepoPaths.Shared!, "schemas", "sarif-schema-2.1.0.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        string text = node.ToJsonString();
        text.Should().NotContain("\"exclusiveMinimum\":true").And.NotContain("\"exclusiveMaximum\":true");
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        // Dropping the top-level draft-04 "id" leaves the schema anonymous: JsonSchema.Net's global registry then
        // does not clash when several test classes build it.
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static void ShouldBeValid(string sarif)
    {
        var schema = LoadSchema();
        var result = schema.Evaluate(JsonDocument.Parse(sarif).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
        result.IsValid.Should().BeTrue(string.Join("\n", errors));
    }

    [SharedFact]
    public void A_run_with_findings_related_locations_and_errors_is_valid_sarif()
    {
        ShouldBeValid(SampleRun.Render(new SarifReporter()));
    }

    [SharedFact]
    public void The_schema_check_catches_invalid_sarif()
    {
        string sarif = SampleRun.Render(new SarifReporter()).Replace("\"level\": \"warning\"", "\"level\": \"loud\"");
        var result = LoadSchema().Evaluate(JsonDocument.Parse(sarif).RootElement, new EvaluationOptions { RequireFormatValidation = true });
        result.IsValid.Should().BeFalse();
    }

    [SharedFact]
    public void The_cli_on_the_shared_samples_writes_valid_sarif()
    {
        var run = CliRunner.Run("check", "--format", "sarif", Path.Combine(RepoPaths.Shared!, "samples"));

        run.ExitCode.Should().BeOneOf([0, 1], run.Stderr);
        ShouldBeValid(run.Stdout);
        using var doc = JsonDocument.Parse(run.Stdout);
        var artifacts = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        artifacts.All(u => u!.StartsWith("file:///")).Should().BeTrue("absolute paths become file URIs");
    }

    [Fact]
    public void Results_carry_rule_level_region_related_locations_and_a_fingerprint()
    {
        using var doc = JsonDocument.Parse(SampleRun.Render(new SarifReporter()));
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Contain(["SL101", "SL102", "SL104"]);
        var results = run.GetProperty("results");
        results.GetArrayLength().Should().Be(5);
        var figure = results[0];
        figure.GetProperty("ruleId").GetString().Should().Be("SL101");
        figure.GetProperty("level").GetString().Should().Be("warning");
        var location = figure.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("drafts/mali%20attack.md");
        var region = location.GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endColumn").GetInt32()).Should().Be((3, 1, 22));
        results[1].GetProperty("relatedLocations")[0].GetProperty("message").GetProperty("text").GetString().Should().Be("no nearby speaker");
        results[2].GetProperty("level").GetString().Should().Be("note");
        figure.GetProperty("partialFingerprints").GetProperty("sourcelint/v1").GetString().Should().MatchRegex("^[0-9a-f]{32}$");
        run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
    }
}
