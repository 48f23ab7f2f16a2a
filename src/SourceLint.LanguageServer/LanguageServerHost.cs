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
        var formatter = CreateFormatter();
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
        // without sending 'exit' at all: the session was shut down as asked, so that is a clean stop too. The
        // shutdown itself may still be undispatched when the stream ends, so ask the frame filter, which saw every
        // frame the server did, not the server.
        if (server.ExitCode.IsCompleted) return await server.ExitCode.ConfigureAwait(false);
        return filter.ShutdownSeen ? 0 : 1;
    }

    /// <summary>The messages' formatter: camelCase, no nulls, every type through the source-generated context.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every type goes through the source-generated LspJsonContext set as the TypeInfoResolver.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every type goes through the source-generated LspJsonContext set as the TypeInfoResolver.")]
    internal static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.TypeInfoResolver = Protocol.LspJsonContext.Default;
        return formatter;
    }

    /// <summary>Entry point for <c>sourcelint server</c>: LSP over stdin/stdout, logs on stderr.</summary>
    public static int RunStdio()
    {
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        return RunAsync(stdin, stdout, Console.Error).GetAwaiter().GetResult();
    }
}
