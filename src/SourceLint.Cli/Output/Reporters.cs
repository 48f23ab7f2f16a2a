namespace SourceLint.Cli.Output;

/// <summary>The output formats behind <c>--format</c>, by name.</summary>
public static class Reporters
{
    public static readonly string[] Names = ["text", "json", "sarif", "github", "junit", "html"];

    /// <summary>The reporter for a format name, or null when there is no such format.</summary>
    public static IReporter? Create(string name, bool color, bool quiet = false) => name.ToLowerInvariant() switch
    {
        "text" => new TextReporter(color, quiet),
        "json" => new JsonReporter(),
        "sarif" => new SarifReporter(),
        "github" => new GitHubReporter(),
        "junit" => new JUnitReporter(),
        "html" => new HtmlReporter(),
        _ => null,
    };
}
