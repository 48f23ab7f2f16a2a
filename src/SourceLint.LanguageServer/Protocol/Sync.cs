namespace SourceLint.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>An edit: with a range it replaces that range, without one it replaces the whole text.</summary>
public sealed record TextDocumentContentChangeEvent(string Text)
{
    public Range? Range { get; init; }
    public int? RangeLength { get; init; }
}

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument)
{
    public string? Text { get; init; }
}
