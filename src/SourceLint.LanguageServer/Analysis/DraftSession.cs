using SourceLint.LanguageServer.Documents;

namespace SourceLint.LanguageServer.Analysis;

/// <summary>An open draft with its analysis in flight and its last finished one.</summary>
internal sealed class DraftSession(DraftDocument document)
{
    public DraftDocument Document { get; } = document;
    /// <summary>The paragraphs recognized for the last version: an edit re-recognizes only the paragraphs it changed.</summary>
    public Core.Analysis.AnalysisCache Cache { get; } = new();
    public AnalysisRun? Current { get; set; }
    public AnalysisOutcome? Latest { get; set; }
    public bool Closed { get; set; }
}

/// <summary>
/// One scheduled analysis: waits out the debounce (unless a pull request expedites it), then lints a
/// snapshot of the text. Cancelled when a newer version or a close supersedes it.
/// </summary>
internal sealed class AnalysisRun
{
    private readonly TaskCompletionSource _expedite = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public AnalysisRun(int version, int generation)
    {
        Version = version;
        Generation = generation;
    }

    public int Version { get; }
    public int Generation { get; }
    public CancellationTokenSource Cancellation { get; } = new();
    public Task<AnalysisOutcome?> Task { get; set; } = System.Threading.Tasks.Task.FromResult<AnalysisOutcome?>(null);

    /// <summary>Skip the rest of the debounce: someone is waiting for this answer.</summary>
    public void Expedite() => _expedite.TrySetResult();

    public async Task WaitDebounceAsync(int milliseconds)
    {
        if (milliseconds <= 0) return;
        await System.Threading.Tasks.Task.WhenAny(System.Threading.Tasks.Task.Delay(milliseconds, Cancellation.Token), _expedite.Task).ConfigureAwait(false);
        Cancellation.Token.ThrowIfCancellationRequested();
    }
}
