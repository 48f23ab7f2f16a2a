using System.Reflection;
using SourceLint.Core.Rules;

namespace SourceLint.Cli.Commands;

/// <summary>
/// <c>sourcelint explain SL101</c> (or a name): the rule's page from <c>docs/rules/</c>, embedded in the
/// assembly at build time; the registry's summary when the page is missing.
/// </summary>
public static class ExplainCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            stderr.WriteLine("usage: sourcelint explain RULE   print a rule's documentation (RULE: an id like SL101 or a name)");
            return args is ["--help" or "-h"] ? 0 : 2;
        }
        var rule = RuleRegistry.Find(args[0]);
        if (rule is null)
        {
            stderr.WriteLine($"sourcelint explain: unknown rule '{args[0]}'; run 'sourcelint rules' for the list");
            return 2;
        }
        stdout.Write(Page(rule));
        return 0;
    }

    /// <summary>The embedded page, or a short page made from the registry.</summary>
    public static string Page(RuleDescriptor rule)
    {
        string? page = EmbeddedPage(rule.Id);
        if (page is not null) return page.EndsWith('\n') ? page : page + "\n";
        return $"# {rule.Id} {rule.Name}\n\n{rule.Summary}\n\nDefault severity: {rule.DefaultSeverity.ToString().ToLowerInvariant()}.\n" +
               $"More: {rule.HelpUri}\n";
    }

    public static string? EmbeddedPage(string id)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"rules/{id}.md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
