using System.Text.Json;
using SourceLint.Cli.Output;

namespace SourceLint.Cli.Baseline;

/// <summary>
/// <c>.sourcelint-baseline.json</c>: the findings an archive already had when SourceLint was adopted.
/// Paths are stored relative to the baseline file's folder with '/' separators, so the file works from
/// any working directory and on any OS.
/// </summary>
public static class BaselineFile
{
    public const string DefaultName = ".sourcelint-baseline.json";
    public const int Version = 1;

    public static IReadOnlyList<BaselineEntry> From(IEnumerable<FileReport> reports, string baselinePath) =>
        reports.SelectMany(f => f.Diagnostics.Select(d => new BaselineEntry(
                KeyPath(f.Path, baselinePath), d.Id, Fingerprints.Of(d, f.Text), d.Range.Start.Line + 1, d.FlaggedText)))
            .ToList();

    /// <summary>A draft's path as the baseline records it.</summary>
    public static string KeyPath(string draftPath, string baselinePath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(baselinePath))!;
        return Path.GetRelativePath(folder, Path.GetFullPath(draftPath)).Replace('\\', '/');
    }

    public static void Write(string path, IReadOnlyList<BaselineEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("tool", "sourcelint " + ToolInfo.Version);
            json.WriteStartArray("entries");
            foreach (var e in entries.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Rule, StringComparer.Ordinal))
                e.WriteTo(json);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        File.WriteAllBytes(path, [.. stream.ToArray(), (byte)'\n']);
    }

    /// <summary>Reads a baseline; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static List<BaselineEntry> Read(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            if (!root.TryGetProperty("version", out var v) || v.GetInt32() != Version)
                throw new InvalidDataException($"{path}: not a SourceLint baseline of version {Version}");
            var list = new List<BaselineEntry>();
            foreach (var e in root.GetProperty("entries").EnumerateArray())
                list.Add(new BaselineEntry(e.GetProperty("path").GetString()!, e.GetProperty("rule").GetString()!,
                    e.GetProperty("fingerprint").GetString()!, e.GetProperty("line").GetInt32(), e.GetProperty("flaggedText").GetString()!));
            return list;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path}: not a valid SourceLint baseline: {e.Message}");
        }
    }
}
