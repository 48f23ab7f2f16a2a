using System.Text.Json;
using SourceLint.Core.Configuration;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Rules;

namespace SourceLint.Cli.Configuration;

/// <summary>
/// The JSON Schema of <c>.sourcelint.yml</c>, generated from the rule registry and the lexicon names so it
/// cannot drift from what the loader accepts. Editors (the YAML language server) complete and validate with it.
/// The committed copy is <c>docs/sourcelint.schema.json</c>; a test fails when the two differ.
/// </summary>
public static class ConfigSchema
{
    public const string Id = "https://github.com/sourcelint/sourcelint/blob/main/docs/sourcelint.schema.json";

    /// <summary>Every severity word the loader accepts, and the booleans YAML may turn on/off into.</summary>
    public static readonly string[] SeverityWords = ["off", "none", "on", "hint", "information", "info", "warning", "warn", "error"];

    public static string Generate()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            w.WriteString("$id", Id);
            w.WriteString("title", ConfigurationLoader.FileName);
            w.WriteString("description", "SourceLint configuration: rule severities, house-style lexicon additions, files to include and exclude.");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");

            w.WriteStartObject("rules");
            w.WriteString("description", "Rule id or name: a severity (off, hint, information, warning, error), or on for the rule's default.");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            foreach (var rule in RuleRegistry.All)
            {
                foreach (string key in new[] { rule.Id, rule.Name })
                {
                    w.WriteStartObject(key);
                    w.WriteString("description", $"{rule.Id} {rule.Name}: {rule.Summary} Default: {Word(rule.DefaultSeverity)}.");
                    w.WriteString("$ref", "#/definitions/severity");
                    w.WriteEndObject();
                }
            }
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject("lexicon");
            w.WriteString("description", "House-style additions to the built-in lexicons (added, never replacing).");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            foreach (string name in LexiconNames.Extendable)
            {
                w.WriteStartObject(name);
                w.WriteString("description", $"Extra entries for the {name} lexicon.");
                w.WriteString("$ref", "#/definitions/strings");
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();

            foreach (var (key, what) in new[] { ("include", "Globs of drafts to check (relative to this file's folder)."), ("exclude", "Globs of drafts to skip (relative to this file's folder).") })
            {
                w.WriteStartObject(key);
                w.WriteString("description", what);
                w.WriteString("$ref", "#/definitions/strings");
                w.WriteEndObject();
            }
            w.WriteEndObject();

            w.WriteStartObject("definitions");
            w.WriteStartObject("severity");
            w.WriteStartArray("anyOf");
            w.WriteStartObject();
            w.WriteStartArray("enum");
            foreach (string s in SeverityWords) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("type", "boolean");
            w.WriteString("description", "true: the rule's default severity; false: off.");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("strings");
            w.WriteStartArray("anyOf");
            w.WriteStartObject();
            w.WriteString("type", "string");
            w.WriteNumber("minLength", 1);
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("type", "array");
            w.WriteStartObject("items");
            w.WriteString("type", "string");
            w.WriteNumber("minLength", 1);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static string Word(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Information => "information",
        _ => "hint",
    };
}
