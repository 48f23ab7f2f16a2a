using SourceLint.Core.Rules;

namespace SourceLint.Core.Diagnostics;

/// <summary>
/// "One place, one diagnostic" (rules.md): a sentence gets at most one diagnostic among SL101,
/// SL103, SL201, SL202 and SL303, the most specific: SL201, then SL202, SL303, SL103, SL101. On the
/// headline and lede SL301 comes before all of them. SL104, SL302 and the rest stand beside any other.
/// </summary>
public static class Precedence
{
    private static readonly string[] Order = ["SL301", "SL201", "SL202", "SL303", "SL103", "SL101"];

    public static IReadOnlyList<Finding> Resolve(IReadOnlyList<Finding> findings)
    {
        var best = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var f in findings)
        {
            int rank = Rank(f.Rule);
            if (rank < 0 || f.Sentence is null) continue;
            if (!best.TryGetValue(f.Sentence, out int current) || rank < current) best[f.Sentence] = rank;
        }
        var kept = new List<Finding>(findings.Count);
        var seen = new HashSet<(string, int, int)>();
        foreach (var f in findings)
        {
            int rank = Rank(f.Rule);
            if (rank >= 0 && f.Sentence is not null && best[f.Sentence] != rank) continue;
            if (!seen.Add((f.Rule.Id, f.Span.Start, f.Span.End))) continue;
            kept.Add(f);
        }
        return kept;
    }

    private static int Rank(RuleDescriptor rule) => Array.IndexOf(Order, rule.Id);
}
