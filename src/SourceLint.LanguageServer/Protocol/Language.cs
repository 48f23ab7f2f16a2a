using System.Text.Json;

namespace SourceLint.LanguageServer.Protocol;

public sealed record Hover(MarkupContent Contents)
{
    public Range? Range { get; init; }
}

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(IReadOnlyList<Diagnostic> Diagnostics)
{
    public List<string>? Only { get; init; }
}

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}

public sealed record CodeAction(string Title)
{
    public string? Kind { get; init; }
    public List<Diagnostic>? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public WorkspaceEdit? Edit { get; init; }
    public Command? Command { get; init; }
}

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public enum SymbolKind
{
    File = 1, Module = 2, Namespace = 3, Package = 4, Class = 5, Method = 6, Property = 7, Field = 8,
    Constructor = 9, Enum = 10, Interface = 11, Function = 12, Variable = 13, Constant = 14, String = 15,
    Number = 16, Boolean = 17, Array = 18, Object = 19, Key = 20, Null = 21, EnumMember = 22, Struct = 23,
    Event = 24, Operator = 25, TypeParameter = 26,
}

public sealed record DocumentSymbol(string Name, SymbolKind Kind, Range Range, Range SelectionRange)
{
    public string? Detail { get; init; }
    public List<DocumentSymbol>? Children { get; init; }
}

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

public sealed record CodeLens(Range Range)
{
    public Command? Command { get; init; }
    public JsonElement? Data { get; init; }
}
