namespace SourceLint.Core.Diagnostics;

/// <summary>
/// Something wrong with the input itself rather than with its journalism: a malformed ledger, an
/// unknown rule in a suppression comment. Line and column are 1-based. The rest of the draft is still linted.
/// </summary>
public sealed record LintProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
