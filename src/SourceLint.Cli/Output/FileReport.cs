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

    /// <summary>False when the engine never ran on the draft (unreadable, its configuration broken, an
    /// internal error): the summary must not count it as checked, or "0 warnings" would read as a clean bill.</summary>
    public bool Checked { get; init; } = true;

    /// <summary>A draft the engine could not check, with the one error that says why.</summary>
    public static FileReport NotChecked(string path, string? text, string error) =>
        new(path, text, [], [error]) { Checked = false };
}
