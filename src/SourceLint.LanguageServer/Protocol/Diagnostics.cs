using System.Text.Json.Serialization;

namespace SourceLint.LanguageServer.Protocol;

public enum DiagnosticSeverity { Error = 1, Warning = 2, Information = 3, Hint = 4 }

public enum DiagnosticTag { Unnecessary = 1, Deprecated = 2 }

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record Diagnostic(Range Range, string Message)
{
    public DiagnosticSeverity? Severity { get; init; }
    public string? Code { get; init; }
    public CodeDescription? CodeDescription { get; init; }
    public string? Source { get; init; }
    public List<DiagnosticTag>? Tags { get; init; }
    public List<DiagnosticRelatedInformation>? RelatedInformation { get; init; }
    /// <summary>Kept by the client and sent back in code action requests.</summary>
    public DiagnosticData? Data { get; init; }
}

/// <summary>What the server needs back from a diagnostic to build its code actions.</summary>
public sealed record DiagnosticData(string Rule, int Start, int End);

public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int? Version { get; init; }
}

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument)
{
    public string? Identifier { get; init; }
    public string? PreviousResultId { get; init; }
}

public static class DocumentDiagnosticReportKind
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";
}

/// <summary>A full or unchanged report (kind tells which; items only on full).</summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId)
{
    public IReadOnlyList<Diagnostic>? Items { get; init; }
}

public sealed record PreviousResultId(string Uri, string Value);

public sealed record WorkspaceDiagnosticParams
{
    public string? Identifier { get; init; }
    public List<PreviousResultId>? PreviousResultIds { get; init; }
}

/// <summary>A document's report inside a workspace report; version is required by the specification, even when null.</summary>
public sealed record WorkspaceDocumentDiagnosticReport(string Kind, string ResultId, string Uri,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version)
{
    public IReadOnlyList<Diagnostic>? Items { get; init; }
}

public sealed record WorkspaceDiagnosticReport(IReadOnlyList<WorkspaceDocumentDiagnosticReport> Items);
