using SourceLint.Bench.Drafts;
using SourceLint.Bench.Harness;
using SourceLint.Core;
using SourceLint.Core.Configuration;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Rules;

namespace SourceLint.Bench.Benchmarks;

/// <summary>
/// Where the time goes as drafts grow: the engine with every rule off (reading, sentences, recognizers,
/// claim index), then with one rule on at a time, at 10,000 and 50,000 words. A part whose 50k/10k ratio is
/// well above 5 is where growth stops being linear. Informational, no target.
/// </summary>
internal static class RuleCostBreakdown
{
    public static void Print(BenchDraft small, BenchDraft large, int repetitions, TextWriter log)
    {
        log.WriteLine($"cost by part, {small.Words:N0} vs {large.Words:N0} words (median of {repetitions}; a rule's cost is its time above 'analysis only'):");
        log.WriteLine($"  {"part",-34} {"10k ms",9} {"50k ms",9} {"ratio",7}");
        var (baseSmall, baseLarge) = Time(Only(null), small, large, repetitions);
        log.WriteLine($"  {"analysis only (every rule off)",-34} {baseSmall,9:0.0} {baseLarge,9:0.0} {Ratio(baseSmall, baseLarge),7}");
        foreach (var rule in RuleRegistry.All)
        {
            var (s, l) = Time(Only(rule), small, large, repetitions);
            var extraSmall = Math.Max(0, s - baseSmall);
            var extraLarge = Math.Max(0, l - baseLarge);
            log.WriteLine($"  {"+ " + rule.Id + " " + rule.Name,-34} {extraSmall,9:0.0} {extraLarge,9:0.0} {Ratio(extraSmall, extraLarge),7}");
        }
    }

    private static string Ratio(double small, double large) => small < 0.05 ? "-" : $"{large / small:0.0}x";

    /// <summary>An engine with only <paramref name="rule"/> on (none when null).</summary>
    private static LintEngine Only(RuleDescriptor? rule) => new(LintConfiguration.Default with
    {
        RuleSeverities = RuleRegistry.All.ToDictionary(r => r.Id, r => r == rule ? (Severity?)r.DefaultSeverity : null),
    });

    private static (double Small, double Large) Time(LintEngine engine, BenchDraft small, BenchDraft large, int repetitions)
    {
        var samples = Sampler.TimeInterleaved(repetitions,
            () => engine.Lint(small.Text, "draft.md"),
            () => engine.Lint(large.Text, "draft.md"));
        return (Sampler.Median(samples[0]).TotalMilliseconds, Sampler.Median(samples[1]).TotalMilliseconds);
    }
}
