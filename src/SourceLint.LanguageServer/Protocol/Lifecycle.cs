using System.Text.Json;

namespace SourceLint.LanguageServer.Protocol;

public sealed record InitializeParams
{
    public int? ProcessId { get; init; }
    public string? RootUri { get; init; }
    public string? RootPath { get; init; }
    /// <summary>Kept as raw JSON: the server reads only the few capabilities it needs (see ClientFeatures).</summary>
    public JsonElement Capabilities { get; init; }
    public JsonElement InitializationOptions { get; init; }
    public List<WorkspaceFolder>? WorkspaceFolders { get; init; }
    public string? Trace { get; init; }
}

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

public sealed record ServerCapabilities
{
    public TextDocumentSyncOptions? TextDocumentSync { get; init; }
    public DiagnosticOptions? DiagnosticProvider { get; init; }
    public CodeActionOptions? CodeActionProvider { get; init; }
    public bool? HoverProvider { get; init; }
    public bool? DocumentSymbolProvider { get; init; }
    public CodeLensOptions? CodeLensProvider { get; init; }
    public WorkspaceServerCapabilities? Workspace { get; init; }
}

public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change);

public enum TextDocumentSyncKind { None = 0, Full = 1, Incremental = 2 }

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds, bool ResolveProvider);

public sealed record CodeLensOptions(bool ResolveProvider);

public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);
