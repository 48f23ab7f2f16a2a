using System.Text.Json;

namespace SourceLint.LanguageServer.Protocol;

public sealed record ConfigurationItem
{
    public string? ScopeUri { get; init; }
    public string? Section { get; init; }
}

public sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);

public sealed record DidChangeConfigurationParams
{
    public JsonElement Settings { get; init; }
}

public enum FileChangeType { Created = 1, Changed = 2, Deleted = 3 }

public sealed record FileEvent(string Uri, FileChangeType Type);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

public sealed record Registration(string Id, string Method)
{
    public object? RegisterOptions { get; init; }
}

public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

public sealed record FileSystemWatcher(string GlobPattern);

public enum MessageType { Error = 1, Warning = 2, Info = 3, Log = 4 }

public sealed record ShowMessageParams(MessageType Type, string Message);

public sealed record LogMessageParams(MessageType Type, string Message);

public sealed record CancelParams(JsonElement Id);
