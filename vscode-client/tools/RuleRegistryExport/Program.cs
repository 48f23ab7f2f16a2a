using System.Text.Encodings.Web;
using System.Text.Json;
using SourceLint.Core.Rules;

// One object per rule, in registry order; severities in the lower-case words the settings use.
var rules = RuleRegistry.All.Select(r => new
{
    id = r.Id,
    name = r.Name,
    defaultSeverity = r.DefaultSeverity.ToString().ToLowerInvariant(),
    summary = r.Summary,
    category = r.Category,
    helpUri = r.HelpUri,
});
var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
Console.Out.Write(JsonSerializer.Serialize(rules, options));
Console.Out.WriteLine();
