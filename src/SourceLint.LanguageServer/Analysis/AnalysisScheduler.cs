using SourceLint.Core.Text;
using SourceLint.LanguageServer.Configuration;
using SourceLint.LanguageServer.Documents;
using SourceLint.LanguageServer.Features;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Analysis;

/// <summary>
/// Owns the open drafts and their analyses. Every edit supersedes (cancels) the analysis in flight and
/// schedules a new one after the debounce; analyses run on the thread pool, never on the message loop.
/// A pull request expedites the pending analysis and waits for it.
/// </summary>
public sealed class AnalysisScheduler
{
    /// <summary>Drafts longer than this (in UTF-16 characters) are not analysed.</summary>
    public const int MaxAnalysedChars = 1_000_000;

    private readonly object _gate = new();
    private readonly Dictionary<string, DraftSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConfigurationService _configuration;
    private readonly Action<string> _log;
    private TaskCompletionSource _changed = NewSignal();

    public AnalysisScheduler(ConfigurationService configuration, Action<string> log)
    {
        _configuration = configuration;
        _log = log;
    }

    /// <summary>Raised (on a pool thread) when an analysis of the current version finishes.</summary>
    public event Action<AnalysisOutcome>? OutcomeReady;

    /// <summary>Completes the next time any draft's diagnostics are renewed or a draft closes (for long-polling workspace pulls).</summary>
    public Task Changed { get { lock (_gate) return _changed.Task; } }

    public void Open(Lsp.TextDocumentItem item)
    {
        var document = new DraftDocument(item.Uri, item.LanguageId ?? "markdown", item.Version, item.Text ?? "");
        DraftSession session;
        lock (_gate)
        {
            if (_sessions.TryGetValue(item.Uri, out var old)) Cancel(old);
            session = new DraftSession(document);
            _sessions[item.Uri] = session;
            // The first analysis of a draft is not debounced: the reporter wants to see it at once.
            ScheduleLocked(session, 0);
        }
    }

    /// <summary>Applies edits at once (before any await) and schedules a debounced analysis. False when the draft is not open.</summary>
    public bool Change(string uri, int version, IReadOnlyList<Lsp.TextDocumentContentChangeEvent> changes)
    {
        lock (_gate)
        {
            if (!_sessions.TryGetValue(uri, out var session)) return false;
            int clamped = session.Document.Apply(version, changes);
            if (clamped > 0) _log($"{uri}: {clamped} edit position(s) outside the text were clamped into it");
            ScheduleLocked(session, _configuration.Settings.DebounceMs);
            return true;
        }
    }

    public bool Close(string uri)
    {
        lock (_gate)
        {
            if (!_sessions.Remove(uri, out var session)) return false;
            session.Closed = true;
            Cancel(session);
            SignalLocked();
            return true;
        }
    }

    /// <summary>Settings or configuration files changed: analyse every open draft again, now.</summary>
    public void ReanalyzeAll()
    {
        lock (_gate)
            foreach (var session in _sessions.Values) ScheduleLocked(session, 0);
    }

    public IReadOnlyList<string> OpenUris()
    {
        lock (_gate) return _sessions.Keys.ToList();
    }

    public DraftDocument? Document(string uri)
    {
        lock (_gate) return _sessions.TryGetValue(uri, out var s) ? s.Document : null;
    }

    /// <summary>
    /// Builds the default engine and lints a two-line draft once, on the pool, while the client is
    /// still shaking hands: the first real draft then does not pay for lexicons and first-use code.
    /// <paramref name="alsoWarm"/> runs after it, on the same thread (the server's first-use work for publishing).
    /// </summary>
    public void WarmUp(Action? alsoWarm = null) => Task.Run(() =>
    {
        try
        {
            _configuration.For("warm-up.md").Engine.Lint("# Warm-up\n\nMore than 30 soldiers were killed, officials said.\n", "warm-up.md");
            alsoWarm?.Invoke();
        }
        catch (Exception e) { _log($"warm-up failed: {e.Message}"); }
    });

    /// <summary>The latest finished outcome, without waiting (may be of an older version).</summary>
    public AnalysisOutcome? Latest(string uri)
    {
        lock (_gate) return _sessions.TryGetValue(uri, out var s) ? s.Latest : null;
    }

    /// <summary>The analysis of the draft's current text, expediting and awaiting it if needed. Null when the draft is not open.</summary>
    public async Task<AnalysisOutcome?> GetCurrentAsync(string uri, CancellationToken cancellationToken)
    {
        AnalysisRun? previous = null;
        while (true)
        {
            AnalysisRun? run;
            lock (_gate)
            {
                if (!_sessions.TryGetValue(uri, out var session)) return null;
                run = session.Current;
                if (run is null || ReferenceEquals(run, previous)) return session.Latest;
            }
            run.Expedite();
            try
            {
                var outcome = await run.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                if (outcome is not null) return outcome;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Superseded by a newer version: wait for that one instead.
            }
            cancellationToken.ThrowIfCancellationRequested();
            previous = run;
        }
    }

    private void ScheduleLocked(DraftSession session, int debounceMs)
    {
        if (session.Current is { } old) old.Cancellation.Cancel();
        var run = new AnalysisRun(session.Document.Version, _configuration.Generation);
        session.Current = run;
        var source = session.Document.Source; // a snapshot: later edits replace the text and its map, never mutate them
        run.Task = Task.Run(() => RunAsync(session, run, source, debounceMs));
    }

    private async Task<AnalysisOutcome?> RunAsync(DraftSession session, AnalysisRun run, SourceText source, int debounceMs)
    {
        var token = run.Cancellation.Token;
        try
        {
            await run.WaitDebounceAsync(debounceMs).ConfigureAwait(false);
            var outcome = Analyze(session, run.Version, source, token);
            lock (_gate)
            {
                if (!ReferenceEquals(session.Current, run) || session.Closed) return null;
                session.Latest = outcome;
                SignalLocked();
            }
            try { OutcomeReady?.Invoke(outcome); }
            catch (Exception e) { _log($"publishing diagnostics failed: {e.Message}"); }
            return outcome;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private AnalysisOutcome Analyze(DraftSession session, int version, SourceText source, CancellationToken token)
    {
        var document = session.Document;
        string text = source.Text;
        var effective = _configuration.For(document.LintPath);
        if (!effective.Settings.Enable)
            return new AnalysisOutcome(document.Uri, version, source, null, [], document.IsMarkdown);
        List<Lsp.Diagnostic> diagnostics;
        Core.LintResult? result = null;
        if (text.Length > MaxAnalysedChars)
        {
            // Far beyond any news draft (a long feature is ~50,000 characters): say so instead of
            // spending minutes of CPU on what is most likely a data file opened by mistake.
            diagnostics = DiagnosticConverter.Convert(document.Uri, source, null, effective.Error);
            diagnostics.Add(DiagnosticConverter.TooLarge(text.Length, MaxAnalysedChars));
            return new AnalysisOutcome(document.Uri, version, source, null, diagnostics, document.IsMarkdown);
        }
        try
        {
            result = effective.Engine.Lint(source, document.LintPath, session.Cache, token);
            diagnostics = DiagnosticConverter.Convert(document.Uri, source, result, effective.Error);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // An engine bug must cost one draft its diagnostics, not the editor its server.
            _log($"analysis of {document.Uri} failed: {e}");
            diagnostics = DiagnosticConverter.Convert(document.Uri, source, null, effective.Error);
            diagnostics.Add(DiagnosticConverter.InternalError(source, e));
        }
        token.ThrowIfCancellationRequested();
        return new AnalysisOutcome(document.Uri, version, source, result, diagnostics, document.IsMarkdown);
    }

    private static void Cancel(DraftSession session)
    {
        session.Current?.Cancellation.Cancel();
    }

    private void SignalLocked()
    {
        var old = _changed;
        _changed = NewSignal();
        old.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
