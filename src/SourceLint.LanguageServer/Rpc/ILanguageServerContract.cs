using System.Text.Json;
using PolyType;
using StreamJsonRpc;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Rpc;

/// <summary>
/// Every LSP method the server answers, as a source-generated RPC contract: StreamJsonRpc dispatches
/// through its generated shape instead of reflection, which is what lets the server run as Native AOT.
/// </summary>
[JsonRpcContract, GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ILanguageServerContract
{
    [JsonRpcMethod("initialize")]
    Task<Lsp.InitializeResult> Initialize(Lsp.InitializeParams p);

    [JsonRpcMethod("initialized")]
    void Initialized(JsonElement p);

    [JsonRpcMethod("shutdown")]
    Task<JsonElement?> Shutdown();

    [JsonRpcMethod("exit")]
    void Exit();

    [JsonRpcMethod("textDocument/didOpen")]
    void DidOpen(Lsp.DidOpenTextDocumentParams p);

    [JsonRpcMethod("textDocument/didChange")]
    void DidChange(Lsp.DidChangeTextDocumentParams p);

    [JsonRpcMethod("textDocument/didClose")]
    void DidClose(Lsp.DidCloseTextDocumentParams p);

    [JsonRpcMethod("textDocument/didSave")]
    void DidSave(JsonElement p);

    [JsonRpcMethod("textDocument/diagnostic")]
    Task<Lsp.DocumentDiagnosticReport> DocumentDiagnostic(Lsp.DocumentDiagnosticParams p, CancellationToken cancellationToken);

    [JsonRpcMethod("workspace/diagnostic")]
    Task<Lsp.WorkspaceDiagnosticReport> WorkspaceDiagnostic(Lsp.WorkspaceDiagnosticParams p, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/codeAction")]
    Task<List<Lsp.CodeAction>> CodeAction(Lsp.CodeActionParams p, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/hover")]
    Task<Lsp.Hover?> Hover(Lsp.TextDocumentPositionParams p, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/documentSymbol")]
    Task<List<Lsp.DocumentSymbol>> DocumentSymbol(Lsp.DocumentSymbolParams p, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/codeLens")]
    Task<List<Lsp.CodeLens>> CodeLens(Lsp.CodeLensParams p, CancellationToken cancellationToken);

    [JsonRpcMethod("sourcelint/sources")]
    Task<Lsp.SourcesResult?> Sources(Lsp.SourcesParams p, CancellationToken cancellationToken);

    [JsonRpcMethod("workspace/didChangeConfiguration")]
    void DidChangeConfiguration(Lsp.DidChangeConfigurationParams p);

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    void DidChangeWatchedFiles(Lsp.DidChangeWatchedFilesParams p);

    [JsonRpcMethod(FrameFilter.MalformedMethod)]
    void MalformedMessage(JsonElement p);
}
