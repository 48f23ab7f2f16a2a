using System.Text.Json;
using SourceLint.Core.Configuration;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Rules;

namespace SourceLint.LanguageServer.Configuration;

/// <summary>
/// The client's <c>sourcelint</c> settings section: <c>enable</c>, <c>rules</c> (id or name to a
/// severity word or "off"), <c>reportingVerbs</c>, <c>hedges</c>, <c>debounceMs</c>. Unknown or bad
/// values are collected as warnings, never thrown: an editor setting must not take the server down.
/// </summary>
public sealed record ClientSettings
{
    public const int DefaultDebounceMs = 150;

    public static ClientSettings Default { get; } = new();

    public bool Enable { get; init; } = true;
    public int DebounceMs { get; init; } = DefaultDebounceMs;
    public LintConfiguration Lint { get; init; } = LintConfiguration.Default;
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Reads the section (the object under "sourcelint", or a settings object holding it).</summary>
    public static ClientSettings Parse(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("sourcelint", out var nested))
            element = nested;
        if (element.ValueKind != JsonValueKind.Object) return Default;

        var warnings = new List<string>();
        bool enable = true;
        int debounce = DefaultDebounceMs;
        var severities = new Dictionary<string, Severity?>();
        var lexicons = new Dictionary<string, IReadOnlyList<string>>();

        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "enable":
                    if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) enable = property.Value.GetBoolean();
                    else warnings.Add("sourcelint.enable: expected true or false");
                    break;
                case "debounceMs":
                    if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out int ms) && ms >= 0)
                        debounce = Math.Min(ms, 10_000);
                    else warnings.Add("sourcelint.debounceMs: expected a number of milliseconds (0 or more)");
                    break;
                case "rules":
                    ReadRules(property.Value, severities, warnings);
                    break;
                case "reportingVerbs":
                    ReadList(property, LexiconNames.ReportingVerbs, lexicons, warnings);
                    break;
                case "hedges":
                    ReadList(property, LexiconNames.Hedges, lexicons, warnings);
                    break;
                default:
                    // Settings the extension owns (trace, server path …) arrive in the same section.
                    break;
            }
        }
        return new ClientSettings
        {
            Enable = enable,
            DebounceMs = debounce,
            Lint = new LintConfiguration { RuleSeverities = severities, LexiconAdditions = lexicons },
            Warnings = warnings,
        };
    }

    private static void ReadRules(JsonElement rules, Dictionary<string, Severity?> severities, List<string> warnings)
    {
        if (rules.ValueKind != JsonValueKind.Object) { warnings.Add("sourcelint.rules: expected an object of rule ids to severities"); return; }
        foreach (var rule in rules.EnumerateObject())
        {
            var descriptor = RuleRegistry.Find(rule.Name);
            if (descriptor is null) { warnings.Add($"sourcelint.rules: unknown rule '{rule.Name}'"); continue; }
            string word = rule.Value.ValueKind switch
            {
                JsonValueKind.String => rule.Value.GetString() ?? "",
                JsonValueKind.False => "off",
                JsonValueKind.True => descriptor.DefaultSeverity.ToString(),
                _ => "",
            };
            if (ConfigurationLoader.TryParseSeverity(word, out var severity)) severities[descriptor.Id] = severity;
            else warnings.Add($"sourcelint.rules.{rule.Name}: '{word}' is not one of off, hint, information, warning, error");
        }
    }

    private static void ReadList(JsonProperty property, string lexicon, Dictionary<string, IReadOnlyList<string>> lexicons, List<string> warnings)
    {
        if (property.Value.ValueKind != JsonValueKind.Array) { warnings.Add($"sourcelint.{property.Name}: expected a list of strings"); return; }
        var list = new List<string>();
        foreach (var item in property.Value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())) list.Add(item.GetString()!.Trim());
            else warnings.Add($"sourcelint.{property.Name}: entries must be non-empty strings");
        }
        if (list.Count > 0) lexicons[lexicon] = list;
    }
}
