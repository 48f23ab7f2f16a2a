using System.Text.Json;

namespace SourceLint.LanguageServer.Rpc;

/// <summary>The few client capabilities the server acts on, read from initialize's raw JSON.</summary>
public sealed record ClientFeatures
{
    /// <summary>The client pulls diagnostics (textDocument.diagnostic present): then the server never pushes.</summary>
    public bool PullDiagnostics { get; init; }
    public bool WorkspaceConfiguration { get; init; }
    /// <summary>The client re-pulls when told (workspace/diagnostic/refresh): needed when settings or .sourcelint.yml change.</summary>
    public bool DiagnosticRefresh { get; init; }
    public bool WatchedFilesDynamicRegistration { get; init; }
    public bool ShowMessage { get; init; } = true;

    public static ClientFeatures From(JsonElement capabilities)
    {
        if (capabilities.ValueKind != JsonValueKind.Object) return new ClientFeatures();
        return new ClientFeatures
        {
            PullDiagnostics = Get(capabilities, "textDocument", "diagnostic").ValueKind == JsonValueKind.Object,
            WorkspaceConfiguration = Get(capabilities, "workspace", "configuration").ValueKind == JsonValueKind.True,
            DiagnosticRefresh = Get(capabilities, "workspace", "diagnostics", "refreshSupport").ValueKind == JsonValueKind.True,
            WatchedFilesDynamicRegistration = Get(capabilities, "workspace", "didChangeWatchedFiles", "dynamicRegistration").ValueKind == JsonValueKind.True,
        };
    }

    private static JsonElement Get(JsonElement element, params string[] path)
    {
        foreach (string name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return default;
        }
        return element;
    }
}
