using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Output;

/// <summary>
/// One checked file: its path as given, its text (for context lines and the HTML page), what was found,
/// what could not be done (unreadable file, bad config, a problem in the draft's own markup) and the
/// sources the draft relies on (for the editor's review page).
/// </summary>
public sealed record FileReport(string Path, string? Text, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Errors)
{
    public SourceReport? Sources { get; init; }
}
