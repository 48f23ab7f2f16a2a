namespace SourceLint.LanguageServer.Protocol;

// The custom request sourcelint/sources: the draft's SourceReport with LSP ranges, for the VS Code Sources view.

public sealed record SourcesParams(TextDocumentIdentifier TextDocument);

public sealed record SourcesResult(string Uri, int Version, IReadOnlyList<SourceEntry> Sources, IReadOnlyList<BackedEntry> Unattributed);

/// <summary>kind: named, unnamed, document, link, weasel.</summary>
public sealed record SourceEntry(string Name, string Kind, Range Range, IReadOnlyList<BackedEntry> Backs);

/// <summary>kind: figure, quote, claim.</summary>
public sealed record BackedEntry(string Kind, string Text, Range Range);
