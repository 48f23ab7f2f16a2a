using SourceLint.Cli.Baseline;
using SourceLint.Cli.Configuration;
using SourceLint.Cli.Files;
using SourceLint.Cli.Output;
using SourceLint.Core.Configuration;
using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Commands;

/// <summary><c>sourcelint check PATH...</c>: lint drafts and report. Never writes a draft.</summary>
public static class CheckCommand
{
    public const string Usage = """
        usage: sourcelint check [options] PATH...
          PATH                   draft files, folders (recursing into .md, .markdown, .txt) or globs ("news/**/*.md")
          -f, --format FORMAT    text (default), json, sarif, github, junit or html
          -o, --output FILE      write the report to FILE instead of standard output
          --config FILE          use this .sourcelint.yml instead of discovering one per draft
          --baseline FILE        report only findings the baseline (sourcelint baseline write) does not record
          --min-severity LEVEL   report only findings at LEVEL or above (hint, information, warning, error)
          --exclude GLOB         skip drafts matching GLOB (relative to the current folder); repeatable
          --shard I/N            check a stable I-th of N parts of the files (for a CI matrix)
          -q, --quiet            print findings only: no summary line
          --stats                print counts per rule and per file after the report
          --color WHEN           auto (default: on a terminal unless NO_COLOR is set), always or never
        exit codes: 0 nothing at warning or above, 1 findings at warning or above, 2 usage, configuration or I/O errors
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (options, parseError) = CheckOptions.Parse(args);
        if (parseError is not null) { stderr.WriteLine($"sourcelint check: {parseError}\n{Usage}"); return 2; }
        if (options.Help) { stdout.WriteLine(Usage); return 0; }
        if (options.Paths.Count == 0) { stderr.WriteLine($"sourcelint check: no PATH given\n{Usage}"); return 2; }
        bool terminal = options.Output is null && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        bool color = Ansi.Decide(options.Color, terminal, Environment.GetEnvironmentVariable("NO_COLOR"));
        IReporter? reporter = Reporters.Create(options.Format, color, options.Quiet);
        if (reporter is null) { stderr.WriteLine($"sourcelint check: unknown format '{options.Format}' (use {string.Join(", ", Reporters.Names)})"); return 2; }

        List<BaselineEntry>? baseline = null;
        if (options.Baseline is not null)
        {
            try { baseline = BaselineFile.Read(options.Baseline); }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sourcelint: {(e is InvalidDataException ? e.Message : $"{options.Baseline}: cannot read the baseline: {e.Message}")}");
                return 2;
            }
        }

        var (reports, hadErrors) = CheckRun.Execute(options, stdout, stderr, reporter.ShowsSources);
        if (reports is null) return 2;

        var filtered = reports.Select(r => r with { Diagnostics = r.Diagnostics.Where(d => d.Severity >= options.MinSeverity).ToList() }).ToList();
        var report = baseline is null ? new RunReport(filtered) : BaselineFilter.Apply(filtered, baseline, options.Baseline!);

        try
        {
            if (options.Output is null) reporter.Write(stdout, report);
            else
            {
                using var writer = new StreamWriter(options.Output, false, new System.Text.UTF8Encoding(false));
                reporter.Write(writer, report);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sourcelint: cannot write {options.Output}: {e.Message}");
            return 2;
        }
        if (options.Stats)
        {
            // Machine formats on stdout must stay parseable: their statistics go to stderr.
            var target = options.Format == "text" && options.Output is null ? stdout : stderr;
            Statistics.Write(target, report);
        }
        return ExitCode(report.Files, hadErrors);
    }

    /// <summary>2 when anything could not be checked, else 1 when a finding is at warning or above, else 0.</summary>
    public static int ExitCode(IEnumerable<FileReport> reports, bool hadErrors)
    {
        if (hadErrors) return 2;
        return reports.Any(r => r.Diagnostics.Any(d => d.Severity >= Severity.Warning)) ? 1 : 0;
    }
}

/// <summary>The part of a check shared with <c>baseline write</c>: configuration, file discovery, sharding, linting, errors on stderr.</summary>
public static class CheckRun
{
    /// <summary>The reports in stable order (null when the run could not start) and whether anything went wrong.</summary>
    /// <param name="withSources">build each draft's source model (<see cref="FileReport.Sources"/>), for the formats that show it</param>
    public static (FileReport[]? Reports, bool HadErrors) Execute(CheckOptions options, TextWriter stdout, TextWriter stderr, bool withSources = false)
    {
        bool hadErrors = false;
        LintConfiguration? forced = null;
        if (options.Config is not null)
        {
            try { forced = ConfigurationLoader.LoadFile(options.Config); }
            catch (Exception e) when (e is ConfigurationException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sourcelint: {(e is ConfigurationException ? e.Message : options.Config + ": " + e.Message)}");
                return (null, true);
            }
        }

        var discovery = new ConfigurationDiscovery();
        var (files, pathErrors) = DraftFinder.Expand(options.Paths, options.Exclude, forced, discovery);
        foreach (var e in pathErrors) { stderr.WriteLine("sourcelint: " + e); hadErrors = true; }
        if (options.Shard is { } shard) files = files.Where(shard.Contains).ToList();

        var progress = ProgressLine.For(stderr, files.Count);
        var reports = new DraftChecker(forced, discovery) { Progress = progress is null ? null : progress.Report, WithSources = withSources }.CheckAll(files);
        progress?.Clear();
        foreach (var r in reports)
            foreach (var e in r.Errors) { stderr.WriteLine($"sourcelint: {e}"); hadErrors = true; }
        return (reports, hadErrors);
    }
}
