using SourceLint.Cli.Configuration;
using SourceLint.Cli.Output;
using SourceLint.Core;
using SourceLint.Core.Configuration;

namespace SourceLint.Cli.Files;

/// <summary>
/// Lints a list of drafts in parallel on all cores; the reports come back in the order of the list, so
/// output is stable however the threads ran. One engine per configuration file, shared by its drafts.
/// </summary>
public sealed class DraftChecker(LintConfiguration? forced, ConfigurationDiscovery? discovery = null)
{
    private readonly ConfigurationDiscovery _discovery = discovery ?? new ConfigurationDiscovery();
    private readonly Dictionary<string, LintEngine> _engines = new(StringComparer.Ordinal);

    /// <summary>Called after each file with the number done so far (from worker threads).</summary>
    public Action<int, int>? Progress { get; init; }

    /// <summary>Whether each report carries the draft's source model (only the review page shows it).</summary>
    public bool WithSources { get; init; }

    public FileReport[] CheckAll(IReadOnlyList<string> files)
    {
        var reports = new FileReport[files.Count];
        int done = 0;
        void Check(int i)
        {
            reports[i] = CheckOne(files[i]);
            Progress?.Invoke(Interlocked.Increment(ref done), files.Count);
        }
        // One draft (a pre-commit hook, an editor's task): no thread pool to start for it, and no parallel library to load.
        if (files.Count == 1) Check(0);
        else CheckInParallel(files.Count, Check);
        return reports;
    }

    // Not inlined, or CheckAll would load System.Threading.Tasks.Parallel for one draft too.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void CheckInParallel(int count, Action<int> check) => Parallel.For(0, count, check);

    public FileReport CheckOne(string path)
    {
        var (text, readError) = DraftFile.Read(path);
        if (text is null) return FileReport.NotChecked(path, null, $"{path}: {readError}");
        LintEngine engine;
        try
        {
            engine = EngineFor(path);
        }
        catch (ConfigurationException e)
        {
            return FileReport.NotChecked(path, text, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileReport.NotChecked(path, text, $"{path}: cannot read its configuration: {e.Message}");
        }
        LintResult result;
        try
        {
            result = engine.Lint(text, path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An engine defect on one draft must not cost the run the others' findings: it is this draft's error.
            return FileReport.NotChecked(path, text, $"{path}: internal error while checking this draft ({e.GetType().Name}: {e.Message}); please report it");
        }
        return new FileReport(path, text, result.Diagnostics, result.Problems.Select(p => $"{path}:{p.Line}:{p.Column}: {p.Message}").ToList())
        {
            Sources = WithSources ? result.Sources : null,
        };
    }

    private LintEngine EngineFor(string path)
    {
        if (forced is not null) return Cached("--config", () => new LintEngine(forced));
        string? config = _discovery.FindFor(path);
        return Cached(config ?? "", () => new LintEngine(config is null ? null : _discovery.Load(config)));
    }

    private LintEngine Cached(string key, Func<LintEngine> create)
    {
        lock (_engines)
        {
            if (!_engines.TryGetValue(key, out var engine)) _engines[key] = engine = create();
            return engine;
        }
    }
}
