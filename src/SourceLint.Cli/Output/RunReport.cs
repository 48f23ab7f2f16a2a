using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Output;

/// <summary>Everything one <c>check</c> run has to say, in the stable order it is printed.</summary>
public sealed record RunReport(IReadOnlyList<FileReport> Files)
{
    /// <summary>Baseline entries that no current finding matches any more (empty without <c>--baseline</c>).</summary>
    public IReadOnlyList<Baseline.BaselineEntry> StaleBaseline { get; init; } = [];

    /// <summary>Findings hidden because the baseline already records them.</summary>
    public int BaselineMatched { get; init; }

    public IEnumerable<(FileReport File, Diagnostic Diagnostic)> All =>
        Files.SelectMany(f => f.Diagnostics.Select(d => (f, d)));

    public int Count(Severity severity) => Files.Sum(f => f.Diagnostics.Count(d => d.Severity == severity));
}
