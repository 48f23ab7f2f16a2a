using SourceLint.Core;
using SourceLint.Core.Text;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Analysis;

/// <summary>
/// One finished analysis of one version of a draft: the engine's result, the text it saw, and the
/// LSP diagnostics made from it. <see cref="ResultId"/> is a hash of the diagnostics, so a re-analysis
/// that finds the same answers lets pull clients receive an "unchanged" report.
/// </summary>
public sealed record AnalysisOutcome(
    string Uri,
    int Version,
    SourceText Source,
    LintResult? Result,
    IReadOnlyList<Lsp.Diagnostic> Diagnostics,
    string ResultId,
    bool IsMarkdown);
