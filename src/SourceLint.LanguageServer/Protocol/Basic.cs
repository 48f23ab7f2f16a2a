using System.Text.Json;
using System.Text.Json.Serialization;

// The small subset of LSP 3.17 this server speaks, named as the specification names them. The
// namespace keeps Range, Position, Diagnostic and TextEdit apart from System.Range and the engine's types.
namespace SourceLint.LanguageServer.Protocol;

/// <summary>Zero-based line and UTF-16 character offset (the default position encoding).</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record OptionalVersionedTextDocumentIdentifier(string Uri, int? Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextEdit(Range Range, string NewText);

public sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextEdit> Edits);

public sealed record WorkspaceEdit
{
    public Dictionary<string, List<TextEdit>>? Changes { get; init; }
    public List<TextDocumentEdit>? DocumentChanges { get; init; }
}

/// <summary>A command the client runs; the property is "command" on the wire.</summary>
public sealed record Command(string Title, [property: JsonPropertyName("command")] string CommandId)
{
    public List<JsonElement>? Arguments { get; init; }
}

public sealed record MarkupContent(string Kind, string Value)
{
    public const string Markdown = "markdown";
    public const string PlainText = "plaintext";
}

/// <summary>JSON-RPC and LSP error codes the server answers with.</summary>
public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
    public const int ServerCancelled = -32802;
}

/// <summary>The JSON options every LSP message uses: camelCase names, nulls left out.</summary>
public static class LspJson
{
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
        };
        return options;
    }
}
