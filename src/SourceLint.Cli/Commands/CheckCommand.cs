using SourceLint.Cli.Files;
using SourceLint.Cli.Output;
using SourceLint.Core;
using SourceLint.Core.Configuration;
using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Commands;

/// <summary><c>sourcelint check PATH...</c>: lint drafts and report. Never writes a draft.</summary>
public static class CheckCommand
{
    public const string Usage = """
        usage: sourcelint check [options] PATH...
          PATH                 draft files or folders (folders recurse into .md, .markdown, .txt)
          -f, --format FORMAT  text (default), json, sarif, github, junit or html
          -o, --output FILE    write the report to FILE instead of standard output
          --config FILE        use this .sourcelint.yml instead of discovering one per draft
          --color WHEN         auto (default: on a terminal unless NO_COLOR is set), always or never
        exit codes: 0 nothing at warning or above, 1 findings at warning or above, 2 usage, configuration or I/O errors
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (options, parseError) = CheckOptions.Parse(args);
        if (parseError is not null) { stderr.WriteLine($"sourcelint check: {parseError}\n{Usage}"); return 2; }
        if (options.Help) { stdout.WriteLine(Usage); return 0; }
        var paths = options.Paths;
        string? output = options.Output, configPath = options.Config;
        if (paths.Count == 0) { stderr.WriteLine($"sourcelint check: no PATH given\n{Usage}"); return 2; }
        bool terminal = output is null && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        IReporter? reporter = Reporters.Create(options.Format, Ansi.Decide(options.Color, terminal, Environment.GetEnvironmentVariable("NO_COLOR")));
        if (reporter is null) { stderr.WriteLine($"sourcelint check: unknown format '{options.Format}' (use {string.Join(", ", Reporters.Names)})"); return 2; }

        bool hadErrors = false;
        LintConfiguration? forced = null;
        if (configPath is not null)
        {
            try { forced = ConfigurationLoader.LoadFile(configPath); }
            catch (Exception e) when (e is ConfigurationException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sourcelint: {(e is ConfigurationException ? e.Message : configPath + ": " + e.Message)}");
                return 2;
            }
        }

        var (files, pathErrors) = DraftFinder.Expand(paths);
        foreach (var e in pathErrors) { stderr.WriteLine("sourcelint: " + e); hadErrors = true; }

        var engines = new Dictionary<string, LintEngine?>(StringComparer.Ordinal);
        var reports = new FileReport[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            reports[i] = CheckOne(files[i], forced, engines);
        });
        foreach (var r in reports)
            foreach (var e in r.Errors) { stderr.WriteLine($"sourcelint: {e}"); hadErrors = true; }

        try
        {
            if (output is null) reporter.Write(stdout, new RunReport(reports));
            else
            {
                using var writer = new StreamWriter(output, false, new System.Text.UTF8Encoding(false));
                reporter.Write(writer, new RunReport(reports));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sourcelint: cannot write {output}: {e.Message}");
            return 2;
        }
        return ExitCode(reports, hadErrors);
    }

    /// <summary>2 when anything could not be checked, else 1 when a finding is at warning or above, else 0.</summary>
    public static int ExitCode(IEnumerable<FileReport> reports, bool hadErrors)
    {
        if (hadErrors) return 2;
        return reports.Any(r => r.Diagnostics.Any(d => d.Severity >= Severity.Warning)) ? 1 : 0;
    }

    private static FileReport CheckOne(string path, LintConfiguration? forced, Dictionary<string, LintEngine?> engines)
    {
        var (text, readError) = DraftFile.Read(path);
        if (text is null) return new FileReport(path, null, [], [$"{path}: {readError}"]);
        LintEngine engine;
        try
        {
            engine = EngineFor(path, forced, engines);
        }
        catch (ConfigurationException e)
        {
            return new FileReport(path, text, [], [e.Message]);
        }
        var result = engine.Lint(text, path);
        return new FileReport(path, text, result.Diagnostics, result.Problems.Select(p => $"{path}:{p.Line}:{p.Column}: {p.Message}").ToList())
        {
            Sources = result.Sources,
        };
    }

    /// <summary>One engine per configuration file, shared by every draft under it.</summary>
    private static LintEngine EngineFor(string path, LintConfiguration? forced, Dictionary<string, LintEngine?> engines)
    {
        if (forced is not null) return Cached(engines, "--config", () => new LintEngine(forced));
        string? config = ConfigurationLoader.FindFor(path);
        return Cached(engines, config ?? "", () => new LintEngine(config is null ? null : ConfigurationLoader.LoadFile(config)));
    }

    private static LintEngine Cached(Dictionary<string, LintEngine?> engines, string key, Func<LintEngine> create)
    {
        lock (engines)
        {
            if (!engines.TryGetValue(key, out var engine) || engine is null) engines[key] = engine = create();
            return engine;
        }
    }
}
