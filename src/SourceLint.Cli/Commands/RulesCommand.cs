using SourceLint.Core.Rules;

namespace SourceLint.Cli.Commands;

/// <summary><c>sourcelint rules</c>: id, name, default severity and summary of every rule.</summary>
public static class RulesCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0) { stderr.WriteLine("usage: sourcelint rules   list the rules"); return args is ["--help" or "-h"] ? 0 : 2; }
        int name = RuleRegistry.All.Max(r => r.Name.Length);
        stdout.WriteLine($"{"id",-6} {"name".PadRight(name)} {"default",-11} summary");
        foreach (var r in RuleRegistry.All)
            stdout.WriteLine($"{r.Id,-6} {r.Name.PadRight(name)} {r.DefaultSeverity.ToString().ToLowerInvariant(),-11} {r.Summary}");
        return 0;
    }
}
