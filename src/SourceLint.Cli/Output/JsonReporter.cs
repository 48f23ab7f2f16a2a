using System.Text.Json;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Text;

namespace SourceLint.Cli.Output;

/// <summary>
/// The JSON format, documented in <c>docs/json-format.md</c>. <see cref="SchemaVersion"/> changes only when a
/// field is removed or changes meaning; new fields may appear within a version.
/// </summary>
public sealed class JsonReporter : IReporter
{
    public const int SchemaVersion = 1;

    public void Write(TextWriter writer, RunReport report)
    {
        using var output = new JsonTextOutput(writer);
        var json = output.Json;
        json.WriteStartObject();
        json.WriteNumber("version", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", "sourcelint");
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            WriteFile(json, file);
            output.Drain();
        }
        json.WriteEndArray();
        json.WriteStartArray("staleBaseline");
        foreach (var e in report.StaleBaseline)
            e.WriteTo(json);
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.Files.Count);
        json.WriteNumber("errors", report.Count(Severity.Error));
        json.WriteNumber("warnings", report.Count(Severity.Warning));
        json.WriteNumber("info", report.Count(Severity.Information));
        json.WriteNumber("hints", report.Count(Severity.Hint));
        json.WriteNumber("baselineMatched", report.BaselineMatched);
        json.WriteNumber("fileErrors", report.Files.Sum(f => f.Errors.Count));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter json, FileReport file)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteStartArray("diagnostics");
        foreach (var d in file.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("rule", d.Id);
            json.WriteString("name", d.Name);
            json.WriteString("severity", SeverityNames.Word(d.Severity));
            json.WriteString("message", d.Message);
            json.WriteString("flaggedText", d.FlaggedText);
            WriteRange(json, "range", d.Range);
            WriteSpan(json, "offsets", d.Span);
            json.WriteString("fingerprint", Fingerprints.Of(d, file.Text));
            json.WriteString("helpUri", d.Rule.HelpUri);
            json.WriteStartArray("related");
            foreach (var r in d.Related)
            {
                json.WriteStartObject();
                json.WriteString("message", r.Message);
                WriteRange(json, "range", r.Range);
                WriteSpan(json, "offsets", r.Span);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("fixes");
            foreach (var fix in d.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("title", fix.Title);
                json.WriteBoolean("preferred", fix.IsPreferred);
                json.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    json.WriteStartObject();
                    WriteSpan(json, "offsets", edit.Span);
                    json.WriteString("newText", edit.NewText);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var e in file.Errors) json.WriteStringValue(e);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>1-based lines and columns (UTF-16 code units), end exclusive: what editors and people count.</summary>
    private static void WriteRange(Utf8JsonWriter json, string name, LineRange range)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", range.Start.Line + 1);
        json.WriteNumber("startColumn", range.Start.Column + 1);
        json.WriteNumber("endLine", range.End.Line + 1);
        json.WriteNumber("endColumn", range.End.Column + 1);
        json.WriteEndObject();
    }

    /// <summary>0-based UTF-16 offsets into the file's text (after a BOM), end exclusive.</summary>
    private static void WriteSpan(Utf8JsonWriter json, string name, TextSpan span)
    {
        json.WriteStartObject(name);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteEndObject();
    }
}
