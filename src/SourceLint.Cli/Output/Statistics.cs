namespace SourceLint.Cli.Output;

/// <summary><c>--stats</c>: findings per rule and per file, most first, for deciding what to tune.</summary>
public static class Statistics
{
    public static void Write(TextWriter writer, RunReport report)
    {
        writer.WriteLine("findings per rule:");
        foreach (var g in report.All.GroupBy(x => x.Diagnostic.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Id, StringComparer.Ordinal))
            writer.WriteLine($"  {g.Count(),6}  {g.Key.Id} {g.Key.Name}");
        writer.WriteLine("findings per file:");
        foreach (var f in report.Files.Where(f => f.Diagnostics.Count > 0).OrderByDescending(f => f.Diagnostics.Count).ThenBy(f => f.Path, StringComparer.Ordinal))
            writer.WriteLine($"  {f.Diagnostics.Count,6}  {f.Path}");
    }
}
