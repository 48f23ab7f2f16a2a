namespace SourceLint.Cli.Baseline;

/// <summary>One recorded finding: which file, which rule, its fingerprint, and (for people) where and what it was.</summary>
public sealed record BaselineEntry(string Path, string Rule, string Fingerprint, int Line, string FlaggedText);
