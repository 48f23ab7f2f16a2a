using SourceLint.Core.Diagnostics;

namespace SourceLint.Core.Rules;

/// <summary>A rule's identity and documentation: one place from which docs, schema and settings are generated.</summary>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    Severity DefaultSeverity,
    string Summary,
    string Category)
{
    public const string DocsBaseUrl = "https://github.com/sourcelint/sourcelint/blob/main/docs/rules/";

    /// <summary>The rule's documentation page.</summary>
    public string HelpUri => DocsBaseUrl + Id + ".md";

    public bool Matches(string idOrName) =>
        string.Equals(idOrName, Id, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(idOrName, Name, StringComparison.OrdinalIgnoreCase);
}
