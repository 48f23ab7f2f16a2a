using System.Text.Json;
using System.Text.Json.Serialization;

namespace SourceLint.LanguageServer.Protocol;

/// <summary>
/// Source-generated serialization for every protocol type: no reflection, so the same code runs
/// under Native AOT. (The formatter's own options set camelCase; a context's naming options are not
/// applied there.)
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonElement?))]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(DocumentDiagnosticReport))]
[JsonSerializable(typeof(WorkspaceDiagnosticParams))]
[JsonSerializable(typeof(WorkspaceDiagnosticReport))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(IReadOnlyList<Diagnostic>))]
[JsonSerializable(typeof(List<Diagnostic>))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(List<CodeAction>))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(DocumentSymbolParams))]
[JsonSerializable(typeof(List<DocumentSymbol>))]
[JsonSerializable(typeof(CodeLensParams))]
[JsonSerializable(typeof(List<CodeLens>))]
[JsonSerializable(typeof(SourcesParams))]
[JsonSerializable(typeof(SourcesResult))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(ConfigurationParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesRegistrationOptions))]
[JsonSerializable(typeof(ShowMessageParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(CancelParams))]
// $/cancelRequest carries a RequestId: without it cancellation silently does nothing.
[JsonSerializable(typeof(StreamJsonRpc.RequestId))]
// Outgoing lists written beforehand with this context's fast path (see Rpc.PreSerializedJson).
[JsonSerializable(typeof(Rpc.PreSerializedJson))]
public sealed partial class LspJsonContext : JsonSerializerContext;
