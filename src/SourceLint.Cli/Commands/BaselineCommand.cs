using SourceLint.Cli.Baseline;

namespace SourceLint.Cli.Commands;

/// <summary>
/// <c>sourcelint baseline write [--output FILE] PATH...</c>: records the current findings so that
/// <c>check --baseline FILE</c> reports only new ones (adopting SourceLint on an archive).
/// </summary>
public static class BaselineCommand
{
    public const string Usage = """
        usage: sourcelint baseline write [--output FILE] [--config FILE] [--exclude GLOB] PATH...
          records every current finding (rule, flagged text and its sentence, not line numbers) in FILE
          (default .sourcelint-baseline.json); then 'sourcelint check --baseline FILE PATH...' reports only new findings
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is [] or ["--help" or "-h"]) { (args.Length == 0 ? stderr : stdout).WriteLine(Usage); return args.Length == 0 ? 2 : 0; }
        if (args[0] != "write") { stderr.WriteLine($"sourcelint baseline: unknown action '{args[0]}'\n{Usage}"); return 2; }
        var (options, error) = CheckOptions.Parse(args[1..]);
        if (error is null && (options.Format != "text" || options.Baseline is not null || options.Shard is not null))
            error = "baseline write takes only --output, --config and --exclude";
        if (error is not null) { stderr.WriteLine($"sourcelint baseline write: {error}\n{Usage}"); return 2; }
        if (options.Help) { stdout.WriteLine(Usage); return 0; }
        if (options.Paths.Count == 0) { stderr.WriteLine($"sourcelint baseline write: no PATH given\n{Usage}"); return 2; }

        string path = options.Output ?? BaselineFile.DefaultName;
        var (reports, hadErrors) = CheckRun.Execute(options, stdout, stderr);
        if (reports is null) return 2;
        var entries = BaselineFile.From(reports, path);
        try
        {
            BaselineFile.Write(path, entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sourcelint: cannot write {path}: {e.Message}");
            return 2;
        }
        stdout.WriteLine($"wrote {path}: {entries.Count} findings in {reports.Count(r => r.Diagnostics.Count > 0)} of {reports.Length} files");
        return hadErrors ? 2 : 0;
    }
}
