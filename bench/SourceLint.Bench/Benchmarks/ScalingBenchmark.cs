using SourceLint.Bench.Drafts;
using SourceLint.Bench.Harness;
using SourceLint.Core;

namespace SourceLint.Bench.Benchmarks;

/// <summary>
/// How the engine's time grows with the draft: a draft against a larger one, timed interleaved after warm-up,
/// compared by the ratio of median times. Linear work gives the size ratio; the claim index must keep
/// cross-draft matching from turning quadratic.
/// </summary>
internal static class ScalingBenchmark
{
    public static BenchFigure Run(string name, LintEngine engine, BenchDraft small, BenchDraft large, int repetitions, double target, TextWriter log)
    {
        log.WriteLine($"{name}: {small.Words:N0} words ({small.Utf8Bytes / 1000.0:0} kB) against {large.Words:N0} words ({large.Utf8Bytes / 1000.0:0} kB); warm-up, then {repetitions} timed runs each");
        int smallCount = 0, largeCount = 0;
        var samples = Sampler.TimeInterleaved(repetitions,
            () => smallCount = engine.Lint(small.Text, "draft.md").Diagnostics.Count,
            () => largeCount = engine.Lint(large.Text, "draft.md").Diagnostics.Count);
        var smallMedian = Sampler.Median(samples[0]);
        var largeMedian = Sampler.Median(samples[1]);
        var ratio = largeMedian.TotalSeconds / Math.Max(smallMedian.TotalSeconds, 1e-9);
        return new BenchFigure(name, ratio, "x", Goal.AtMost, target,
            $"medians {smallMedian.TotalMilliseconds:0.0} ms and {largeMedian.TotalMilliseconds:0.0} ms "
            + $"(size ratio {(double)large.Words / small.Words:0.00}x in words; {smallCount:N0} and {largeCount:N0} diagnostics)");
    }
}
