using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;
using SourceLint.LanguageServer.Rpc;

namespace SourceLint.LanguageServer;

/// <summary>
/// Runs the language server over a pair of streams (stdin/stdout for <c>sourcelint server</c>,
/// in-memory pipes in tests): LSP's Content-Length framing, System.Text.Json, camelCase, no nulls.
/// </summary>
public static class LanguageServerHost
{
    /// <summary>
    /// Serves until the client sends <c>exit</c> (exit code 0 after <c>shutdown</c>, else 1) or the
    /// connection closes (0 after <c>shutdown</c>; 1 when the client went away without shutting the server down).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every type goes through the source-generated LspJsonContext set as the TypeInfoResolver.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every type goes through the source-generated LspJsonContext set as the TypeInfoResolver.")]
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter? log = null)
    {
        log ??= TextWriter.Null;
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.TypeInfoResolver = Protocol.LspJsonContext.Default;
        var filter = new FrameFilter(input);
        var handler = new HeaderDelimitedMessageHandler(output, filter.Output, formatter);
        var server = new SourceLintServer(log);
        using var rpc = new LspJsonRpc(handler, server.Log);
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromShape<ILanguageServerContract>(), server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        server.Attach(rpc);
        rpc.Disconnected += (_, e) =>
        {
            if (e.Reason != DisconnectedReason.LocallyDisposed)
                try { log.WriteLine($"[sourcelint] connection closed: {e.Reason} {e.Description}"); } catch (Exception) { }
        };
        rpc.StartListening();
        _ = filter.RunAsync();
        var finished = await Task.WhenAny(server.ExitCode, rpc.Completion).ConfigureAwait(false);
        if (finished == server.ExitCode) return await server.ExitCode.ConfigureAwait(false);
        try { await rpc.Completion.ConfigureAwait(false); } catch (Exception) { /* reported through Disconnected */ }
        // A client may close the stream right after 'exit', before it is dispatched, or close it after 'shutdown'
        // without sending 'exit' at all: the session was shut down as asked, so that is a clean stop too.
        if (server.ExitCode.IsCompleted) return await server.ExitCode.ConfigureAwait(false);
        return server.ShutdownRequested ? 0 : 1;
    }

    /// <summary>Entry point for <c>sourcelint server</c>: LSP over stdin/stdout, logs on stderr.</summary>
    public static int RunStdio()
    {
        // While the runtime sets up JSON-RPC and waits for the client's initialize, a second core builds the word
        // lists and runs the engine once, so the first draft's diagnostics do not wait for that one-time work.
        _ = Task.Run(WarmUp);
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        return RunAsync(stdin, stdout, Console.Error).GetAwaiter().GetResult();
    }

    private static void WarmUp()
    {
        try { new SourceLint.Core.LintEngine().Lint(WarmUpDraft, "warm-up.md"); }
        catch (Exception) { /* only a head start: the first real lint does the same work and reports its own errors */ }
    }

    private const string WarmUpDraft = """
        # Council "will review" budget

        More than 30 homes were flooded on Sunday, according to the council. "We are working around the clock," said
        Jane Smith, a council spokeswoman. It is thought that repairs could cost £2m.
        """;
}
