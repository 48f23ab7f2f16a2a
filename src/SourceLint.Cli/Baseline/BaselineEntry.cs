namespace SourceLint.Cli.Baseline;

/// <summary>One recorded finding: which file, which rule, its fingerprint, and (for people) where and what it was.</summary>
public sealed record BaselineEntry(string Path, string Rule, string Fingerprint, int Line, string FlaggedText)
{
    /// <summary>The entry as one JSON object: the same shape in the baseline file and in the JSON report's stale list.</summary>
    public void WriteTo(System.Text.Json.Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("path", Path);
        json.WriteString("rule", Rule);
        json.WriteString("fingerprint", Fingerprint);
        json.WriteNumber("line", Line);
        json.WriteString("flaggedText", FlaggedText);
        json.WriteEndObject();
    }
}
