using System.Text.Json;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Rules;

namespace SourceLint.Cli.Output;

/// <summary>SARIF 2.1.0: the rules in <c>tool.driver.rules</c>, one result per finding with a 1-based region.</summary>
public sealed class SarifReporter : IReporter
{
    public void Write(TextWriter writer, RunReport report)
    {
        var files = report.Files;
        using var output = new JsonTextOutput(writer);
        var json = output.Json;
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json);
        // Columns count UTF-16 code units, as the engine's ranges do.
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var file in files)
        {
            foreach (var d in file.Diagnostics)
                WriteResult(json, file.Path, file.Text, d);
            output.Drain();
        }
        json.WriteEndArray();
        WriteInvocation(json, files);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "SourceLint");
        json.WriteString("informationUri", "https://github.com/sourcelint/sourcelint");
        json.WriteString("version", ToolInfo.Version);
        json.WriteStartArray("rules");
        foreach (var rule in RuleRegistry.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Summary);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Summary} See {rule.HelpUri}");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, string path, string? text, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        int index = RuleRegistry.All.ToList().FindIndex(r => r.Id == d.Id);
        if (index >= 0) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(json, path, d.Range, null, null);
        json.WriteEndArray();
        if (d.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            int id = 1;
            foreach (var r in d.Related) WriteLocation(json, path, r.Range, id++, r.Message);
            json.WriteEndArray();
        }
        json.WriteStartObject("partialFingerprints");
        json.WriteString("sourcelint/v1", Fingerprints.Of(d, text));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string path, SourceLint.Core.Text.LineRange range, int? id, string? message)
    {
        json.WriteStartObject();
        if (id is { } i) json.WriteNumber("id", i);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(path));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", range.Start.Line + 1);
        json.WriteNumber("startColumn", range.Start.Column + 1);
        json.WriteNumber("endLine", range.End.Line + 1);
        json.WriteNumber("endColumn", range.End.Column + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        if (message is not null)
        {
            json.WriteStartObject("message");
            json.WriteString("text", message);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<FileReport> files)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        bool ok = files.All(f => f.Errors.Count == 0);
        json.WriteBoolean("executionSuccessful", ok);
        var notes = files.SelectMany(f => f.Errors.Select(e => (f.Path, e))).ToList();
        if (notes.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var (path, error) in notes)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", $"{path}: {error}");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>
    /// A relative path stays a relative URI reference (code scanning resolves it against the checkout);
    /// an absolute one becomes a file:// URI. Spaces and other reserved characters are percent-encoded.
    /// </summary>
    public static string ToUri(string path)
    {
        if (Path.IsPathRooted(path)) return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        return string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    public static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
