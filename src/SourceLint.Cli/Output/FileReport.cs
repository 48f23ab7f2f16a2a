using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Output;

/// <summary>One checked file: its path as given, its text (for context lines), and what was found.</summary>
public sealed record FileReport(string Path, string? Text, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Errors);
