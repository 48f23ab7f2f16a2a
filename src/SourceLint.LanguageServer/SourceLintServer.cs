using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StreamJsonRpc;
using SourceLint.LanguageServer.Analysis;
using SourceLint.LanguageServer.Configuration;
using SourceLint.LanguageServer.Features;
using SourceLint.LanguageServer.Rpc;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer;

/// <summary>
/// The LSP methods. Handlers do only bookkeeping on the message loop (apply an edit, schedule an
/// analysis) and await analyses that run on the thread pool. Every public method here is callable
/// by the client, so helpers are internal or private.
/// </summary>
public sealed class SourceLintServer : ILanguageServerContract
{
    public const string ServerName = "sourcelint";
    public const string DiagnosticIdentifier = "sourcelint";
    public const string ConfigurationSection = "sourcelint";

    private enum State { Created, Running, ShuttingDown }

    private readonly TextWriter _stderr;
    private readonly ConfigurationService _configuration = new();
    private readonly AnalysisScheduler _scheduler;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _publishGate = new();
    private readonly Dictionary<string, AnalysisOutcome> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _shownMessages = new(StringComparer.Ordinal);
    private JsonRpc? _rpc;
    private volatile State _state = State.Created;
    private ClientFeatures _client = new();
    private int _workspacePulls;

    internal SourceLintServer(TextWriter stderr)
    {
        _stderr = stderr;
        _scheduler = new AnalysisScheduler(_configuration, Log);
        _scheduler.OutcomeReady += OnOutcome;
    }

    /// <summary>Completes with the process exit code when the client sends exit (0 after shutdown, 1 otherwise).</summary>
    internal Task<int> ExitCode => _exit.Task;

    internal AnalysisScheduler Scheduler => _scheduler;

    internal void Attach(JsonRpc rpc) => _rpc = rpc;

    // ---- lifecycle ---------------------------------------------------------------------------

    [JsonRpcMethod("initialize")]
    public Task<Lsp.InitializeResult> Initialize(Lsp.InitializeParams p) => Task.FromResult(InitializeCore(p));

    private Lsp.InitializeResult InitializeCore(Lsp.InitializeParams p)
    {
        if (_state != State.Created) throw new LocalRpcException("initialize may be sent only once") { ErrorCode = Lsp.ErrorCodes.InvalidRequest };
        _client = ClientFeatures.From(p?.Capabilities ?? default);
        if (p is not null && p.InitializationOptions.ValueKind == JsonValueKind.Object) ApplySettings(ClientSettings.Parse(p.InitializationOptions), reanalyze: false);
        _state = State.Running;
        _scheduler.WarmUp(alsoWarm: OutgoingParams.WarmUp);
        return new Lsp.InitializeResult(
            new Lsp.ServerCapabilities
            {
                TextDocumentSync = new Lsp.TextDocumentSyncOptions(true, Lsp.TextDocumentSyncKind.Incremental),
                DiagnosticProvider = new Lsp.DiagnosticOptions(DiagnosticIdentifier, InterFileDependencies: false, WorkspaceDiagnostics: true),
                CodeActionProvider = new Lsp.CodeActionOptions([Lsp.CodeActionKind.QuickFix], ResolveProvider: false),
                HoverProvider = true,
                DocumentSymbolProvider = true,
                CodeLensProvider = new Lsp.CodeLensOptions(ResolveProvider: false),
            },
            new Lsp.ServerInfo(ServerName, typeof(SourceLintServer).Assembly.GetName().Version?.ToString(3)));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized(JsonElement p)
    {
        if (_state == State.Created) return;
        _ = Task.Run(async () =>
        {
            await RegisterConfigurationWatcherAsync().ConfigureAwait(false);
            await PullSettingsAsync().ConfigureAwait(false);
        });
    }

    [JsonRpcMethod("shutdown")]
    public Task<JsonElement?> Shutdown()
    {
        EnsureRunning();
        _state = State.ShuttingDown;
        // On stderr only (the log, not the client's window): what the session cost the garbage collector, which
        // bench/SourceLint.LspBench prints, since the collections are most of the latency's tail.
        try { _stderr.WriteLine($"[sourcelint] shutdown: {CollectorSummary()}"); } catch (Exception) { }
        return Task.FromResult<JsonElement?>(null);
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(_state == State.ShuttingDown ? 0 : 1);

    // ---- text synchronisation ------------------------------------------------------------------

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(Lsp.DidOpenTextDocumentParams p)
    {
        if (_state != State.Running || p?.TextDocument?.Uri is null) return;
        _scheduler.Open(p.TextDocument);
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(Lsp.DidChangeTextDocumentParams p)
    {
        if (_state != State.Running || p?.TextDocument?.Uri is null) return;
        if (!_scheduler.Change(p.TextDocument.Uri, p.TextDocument.Version, p.ContentChanges ?? []))
            Log($"didChange for a draft that is not open: {p.TextDocument.Uri}");
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(Lsp.DidCloseTextDocumentParams p)
    {
        if (_state != State.Running || p?.TextDocument?.Uri is null) return;
        if (!_scheduler.Close(p.TextDocument.Uri)) return;
        if (!_client.PullDiagnostics) Publish(new Lsp.PublishDiagnosticsParams(p.TextDocument.Uri, []), null, closing: true);
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(JsonElement p)
    {
        // Nothing to do: the server lints what the editor holds, not what is on disk.
    }

    // ---- diagnostics ---------------------------------------------------------------------------

    [JsonRpcMethod("textDocument/diagnostic")]
    public async Task<Lsp.DocumentDiagnosticReport> DocumentDiagnostic(Lsp.DocumentDiagnosticParams p, CancellationToken cancellationToken)
    {
        EnsureRunning();
        var outcome = await _scheduler.GetCurrentAsync(Uri(p?.TextDocument), cancellationToken).ConfigureAwait(false);
        if (outcome is null) return new Lsp.DocumentDiagnosticReport(Lsp.DocumentDiagnosticReportKind.Full, "none") { Items = [] };
        if (p!.PreviousResultId == outcome.ResultId) return new Lsp.DocumentDiagnosticReport(Lsp.DocumentDiagnosticReportKind.Unchanged, outcome.ResultId);
        return new Lsp.DocumentDiagnosticReport(Lsp.DocumentDiagnosticReportKind.Full, outcome.ResultId) { Items = outcome.Diagnostics };
    }

    /// <summary>
    /// Reports over the open drafts. When nothing changed since the client's previous result ids the
    /// request is held (long poll) until something does or the client cancels, so clients that re-ask
    /// at once do not spin.
    /// </summary>
    [JsonRpcMethod("workspace/diagnostic")]
    public async Task<Lsp.WorkspaceDiagnosticReport> WorkspaceDiagnostic(Lsp.WorkspaceDiagnosticParams p, CancellationToken cancellationToken)
    {
        EnsureRunning();
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in p?.PreviousResultIds ?? []) if (id?.Uri is not null) previous[id.Uri] = id.Value;
        bool first = Interlocked.Increment(ref _workspacePulls) == 1;
        while (true)
        {
            var changed = _scheduler.Changed;
            var items = new List<Lsp.WorkspaceDocumentDiagnosticReport>();
            foreach (string uri in _scheduler.OpenUris())
            {
                var outcome = await _scheduler.GetCurrentAsync(uri, cancellationToken).ConfigureAwait(false);
                if (outcome is null) continue;
                items.Add(previous.TryGetValue(uri, out var old) && old == outcome.ResultId
                    ? new Lsp.WorkspaceDocumentDiagnosticReport(Lsp.DocumentDiagnosticReportKind.Unchanged, outcome.ResultId, uri, outcome.Version)
                    : new Lsp.WorkspaceDocumentDiagnosticReport(Lsp.DocumentDiagnosticReportKind.Full, outcome.ResultId, uri, outcome.Version) { Items = outcome.Diagnostics });
            }
            if (first || items.Any(i => i.Kind == Lsp.DocumentDiagnosticReportKind.Full)) return new Lsp.WorkspaceDiagnosticReport(items);
            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // ---- language features ---------------------------------------------------------------------

    [JsonRpcMethod("textDocument/codeAction")]
    public async Task<List<Lsp.CodeAction>> CodeAction(Lsp.CodeActionParams p, CancellationToken cancellationToken)
    {
        EnsureRunning();
        var outcome = await _scheduler.GetCurrentAsync(Uri(p?.TextDocument), cancellationToken).ConfigureAwait(false);
        if (outcome is null || p?.Range is null) return [];
        return CodeActionProvider.For(outcome, p.Range, p.Context?.Only);
    }

    [JsonRpcMethod("textDocument/hover")]
    public async Task<Lsp.Hover?> Hover(Lsp.TextDocumentPositionParams p, CancellationToken cancellationToken)
    {
        EnsureRunning();
        var outcome = await _scheduler.GetCurrentAsync(Uri(p?.TextDocument), cancellationToken).ConfigureAwait(false);
        if (outcome is null || p?.Position is null) return null;
        return HoverProvider.For(outcome, p.Position);
    }

    [JsonRpcMethod("textDocument/documentSymbol")]
    public async Task<List<Lsp.DocumentSymbol>> DocumentSymbol(Lsp.DocumentSymbolParams p, CancellationToken cancellationToken)
    {
        EnsureRunning();
        var outcome = await _scheduler.GetCurrentAsync(Uri(p?.TextDocument), cancellationToken).ConfigureAwait(false);
        return outcome is null ? [] : SourcesProvider.Symbols(outcome);
    }

    [JsonRpcMethod("textDocument/codeLens")]
    public async Task<List<Lsp.CodeLens>> CodeLens(Lsp.CodeLensParams p, CancellationToken cancellationToken)
    {
        EnsureRunning();
        var outcome = await _scheduler.GetCurrentAsync(Uri(p?.TextDocument), cancellationToken).ConfigureAwait(false);
        return outcome is null ? [] : SourcesProvider.Lenses(outcome);
    }

    /// <summary>The custom request behind the VS Code Sources view.</summary>
    [JsonRpcMethod("sourcelint/sources")]
    public async Task<Lsp.SourcesResult?> Sources(Lsp.SourcesParams p, CancellationToken cancellationToken)
    {
        EnsureRunning();
        var outcome = await _scheduler.GetCurrentAsync(Uri(p?.TextDocument), cancellationToken).ConfigureAwait(false);
        return outcome is null ? null : SourcesProvider.Sources(outcome);
    }

    // ---- configuration -------------------------------------------------------------------------

    [JsonRpcMethod("workspace/didChangeConfiguration")]
    public void DidChangeConfiguration(Lsp.DidChangeConfigurationParams p)
    {
        if (_state != State.Running) return;
        if (_client.WorkspaceConfiguration)
        {
            // Pull model: the notification is only a signal; ask for the section itself.
            _ = Task.Run(PullSettingsAsync);
            return;
        }
        ApplySettings(ClientSettings.Parse(p?.Settings ?? default), reanalyze: true);
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(Lsp.DidChangeWatchedFilesParams p)
    {
        if (_state != State.Running) return;
        // Any configuration file may have appeared, changed or gone: forget them all and re-lint.
        _configuration.InvalidateFiles();
        _scheduler.ReanalyzeAll();
        _ = RefreshPulledDiagnosticsAsync();
    }

    /// <summary>Sent by <see cref="FrameFilter"/> in place of a frame that was not a JSON-RPC message.</summary>
    [JsonRpcMethod(FrameFilter.MalformedMethod)]
    public void MalformedMessage(JsonElement p)
    {
        string problem = p.ValueKind == JsonValueKind.Object && p.TryGetProperty("problem", out var v) ? v.ToString() : "unknown problem";
        Log($"ignored a malformed message: {problem}");
    }

    // ---- internals -----------------------------------------------------------------------------

    private static string CollectorSummary() =>
        $"collections gen0/gen1/gen2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
        $"paused {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms in all, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F1} MB";

    internal void Log(string message)
    {
        try { _stderr.WriteLine($"[sourcelint] {message}"); } catch (Exception) { /* stderr gone: nothing else to tell */ }
        if (_rpc is { IsDisposed: false } rpc && _state != State.Created)
            _ = Notify(rpc, "window/logMessage", new Lsp.LogMessageParams(Lsp.MessageType.Log, message), Lsp.LspJsonContext.Default.LogMessageParams);
    }

    private void ShowOnce(Lsp.MessageType type, string message)
    {
        if (!_shownMessages.TryAdd(message, 0) || _rpc is not { IsDisposed: false } rpc) return;
        _ = Notify(rpc, "window/showMessage", new Lsp.ShowMessageParams(type, message), Lsp.LspJsonContext.Default.ShowMessageParams);
    }

    private async Task PullSettingsAsync()
    {
        if (!_client.WorkspaceConfiguration || _rpc is not { } rpc) return;
        try
        {
            var (args, types) = OutgoingParams.Of(new Lsp.ConfigurationParams([new Lsp.ConfigurationItem { Section = ConfigurationSection }]), Lsp.LspJsonContext.Default.ConfigurationParams);
            var result = await rpc.InvokeWithParameterObjectAsync<JsonElement>("workspace/configuration", args, types, CancellationToken.None).ConfigureAwait(false);
            var section = result.ValueKind == JsonValueKind.Array && result.GetArrayLength() > 0 ? result[0] : default;
            ApplySettings(ClientSettings.Parse(section), reanalyze: true);
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or JsonException)
        {
            Log($"workspace/configuration failed: {e.Message}");
        }
    }

    private void ApplySettings(ClientSettings settings, bool reanalyze)
    {
        foreach (string warning in settings.Warnings) ShowOnce(Lsp.MessageType.Warning, warning);
        _configuration.UpdateSettings(settings);
        if (!reanalyze) return;
        _scheduler.ReanalyzeAll();
        _ = RefreshPulledDiagnosticsAsync();
    }

    /// <summary>
    /// A pull client only asks again when a draft changes; after a settings or configuration-file
    /// change the answers change too, so tell it to pull again (when it says it can be told).
    /// </summary>
    private async Task RefreshPulledDiagnosticsAsync()
    {
        if (!_client.PullDiagnostics || !_client.DiagnosticRefresh || _rpc is not { IsDisposed: false } rpc) return;
        try
        {
            await rpc.InvokeWithParameterObjectAsync<JsonElement?>("workspace/diagnostic/refresh", null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or JsonException)
        {
            Log($"workspace/diagnostic/refresh failed: {e.Message}");
        }
    }

    private async Task RegisterConfigurationWatcherAsync()
    {
        if (!_client.WatchedFilesDynamicRegistration || _rpc is not { } rpc) return;
        try
        {
            var registration = new Lsp.Registration("sourcelint-configuration-files", "workspace/didChangeWatchedFiles")
            {
                RegisterOptions = new Lsp.DidChangeWatchedFilesRegistrationOptions([new Lsp.FileSystemWatcher("**/.sourcelint.yml")]),
            };
            var (args, types) = OutgoingParams.Of(new Lsp.RegistrationParams([registration]), Lsp.LspJsonContext.Default.RegistrationParams);
            await rpc.InvokeWithParameterObjectAsync<JsonElement>("client/registerCapability", args, types, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or JsonException)
        {
            Log($"client/registerCapability failed: {e.Message}");
        }
    }

    private void OnOutcome(AnalysisOutcome outcome)
    {
        foreach (var d in outcome.Diagnostics)
            if (d.Code == DiagnosticConverter.ConfigCode) ShowOnce(Lsp.MessageType.Error, d.Message);
        if (_client.PullDiagnostics || _state != State.Running) return;
        Publish(new Lsp.PublishDiagnosticsParams(outcome.Uri, outcome.Diagnostics) { Version = outcome.Version }, outcome, closing: false);
    }

    /// <summary>Push, in order: never an older version after a newer one, never the same answer twice.</summary>
    private void Publish(Lsp.PublishDiagnosticsParams message, AnalysisOutcome? outcome, bool closing)
    {
        if (_rpc is not { IsDisposed: false } rpc) return;
        lock (_publishGate)
        {
            if (closing) _published.Remove(message.Uri);
            else if (outcome is not null)
            {
                if (_scheduler.Document(outcome.Uri) is null) return; // closed meanwhile
                if (_published.TryGetValue(outcome.Uri, out var last) &&
                    (last.Version > outcome.Version || (last.Version == outcome.Version && last.ResultId == outcome.ResultId))) return;
                _published[outcome.Uri] = outcome; // the last one sent, whose result id is only hashed if the same version comes again
            }
            _ = Notify(rpc, "textDocument/publishDiagnostics", message, Lsp.LspJsonContext.Default.PublishDiagnosticsParams);
        }
    }

    private async Task Notify<T>(JsonRpc rpc, string method, T argument, JsonTypeInfo<T> typeInfo)
    {
        IReadOnlyDictionary<string, object?>? args = null;
        try
        {
            (args, var types) = OutgoingParams.Of(argument, typeInfo);
            await rpc.NotifyWithParameterObjectAsync(method, args, types).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The client is gone; the host notices through the connection's completion.
        }
        finally
        {
            // The notification has been written (or never will be): its pre-written lists' buffers can go back to the pool.
            if (args is not null) OutgoingParams.Release(args);
        }
    }

    private void EnsureRunning()
    {
        if (_state == State.Created)
            throw new LocalRpcException("the server is not initialized: send initialize first") { ErrorCode = Lsp.ErrorCodes.ServerNotInitialized };
        if (_state == State.ShuttingDown)
            throw new LocalRpcException("the server is shutting down") { ErrorCode = Lsp.ErrorCodes.InvalidRequest };
    }

    private static string Uri(Lsp.TextDocumentIdentifier? document) =>
        document?.Uri ?? throw new LocalRpcException("textDocument.uri is required") { ErrorCode = Lsp.ErrorCodes.InvalidParams };
}
