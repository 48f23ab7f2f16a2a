using SourceLint.Bench.Drafts;
using SourceLint.Bench.Harness;
using SourceLint.Core;
using SourceLint.Eval.Corpora;

namespace SourceLint.Bench.Benchmarks;

/// <summary>
/// Median time at 10,000, 20,000 … 50,000 words (distinct text), printed with the time per 1,000 words: when
/// ratio (c) fails, this shows where the growth stops being linear. Informational, no target.
/// </summary>
internal static class GrowthCurve
{
    public static void Print(LintEngine engine, IReadOnlyList<CorpusDocument> stories, int repetitions, TextWriter log)
    {
        var drafts = Enumerable.Range(1, 5).Select(k => DraftBuilder.Build(stories, k * 10_000)).ToList();
        var samples = Sampler.TimeInterleaved(repetitions, drafts.Select(d => (Action)(() => engine.Lint(d.Text, "draft.md"))).ToArray());
        log.WriteLine("growth (median per draft size; linear work keeps ms per 1k words flat):");
        for (var i = 0; i < drafts.Count; i++)
        {
            var median = Sampler.Median(samples[i]);
            log.WriteLine($"  {drafts[i].Words,7:N0} words  {median.TotalMilliseconds,9:0.0} ms  {median.TotalMilliseconds * 1000 / drafts[i].Words,7:0.00} ms per 1k words");
        }
    }
}
