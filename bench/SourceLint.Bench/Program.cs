using System.Diagnostics;
using SourceLint.Bench;
using SourceLint.Bench.Benchmarks;
using SourceLint.Bench.Drafts;
using SourceLint.Bench.Harness;
using SourceLint.Core;
using SourceLint.Eval.Corpora;

return BenchProgram.Run(args, Console.Out, Console.Error);

namespace SourceLint.Bench
{
    /// <summary>
    /// The engine's speed figures, each with its target: throughput (issue 2), linear growth with the draft
    /// (issues 2 and 3), and the peak working set. Not a timed test: run it on a quiet machine.
    /// </summary>
    internal static class BenchProgram
    {
        /// <summary>Draft sizes for the scaling figures (issue 3 names 10,000 and 50,000 words).</summary>
        public const int SmallDraftWords = 10_000;
        public const int LargeDraftWords = 50_000;
        public const double DoubledTarget = 2.1;
        public const double FiveFoldTarget = 5.2;
        /// <summary>No issue sets one; this budget keeps a 50,000-word draft and the corpus in memory well
        /// within what a language server on a reporter's laptop may take.</summary>
        public const double PeakWorkingSetTargetMb = 512;

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var (options, error) = BenchOptions.Parse(args);
            if (options is null)
            {
                stderr.WriteLine($"sourcelint-bench: {error}");
                stderr.WriteLine("Run with --help for usage.");
                return 2;
            }
            if (options.Help)
            {
                stdout.WriteLine(BenchOptions.Usage);
                return 0;
            }

            var corpus = Path.GetFullPath(options.CorpusFolder ?? CorpusLocator.DefaultCorpusFolder());
            var bbc = Path.Combine(corpus, BbcNewsCorpus.FolderName);
            if (!Directory.Exists(bbc))
            {
                stderr.WriteLine($"sourcelint-bench: BBC corpus folder not found: {bbc}");
                stderr.WriteLine("The benchmark reads ../shared/corpus/bbc-news beside the repository; pass --corpus DIR to point elsewhere.");
                return 2;
            }

            if (options.DraftsFolder is { } folder)
            {
                // The scaling drafts as files, for counting instructions in a whole process (bench/instructions.sh).
                var storiesForDrafts = BbcNewsCorpus.Load(bbc).Documents;
                var small10k = DraftBuilder.Build(storiesForDrafts, SmallDraftWords);
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "draft-10k.md"), small10k.Text);
                File.WriteAllText(Path.Combine(folder, "draft-10k-doubled.md"), DraftBuilder.Doubled(small10k).Text);
                File.WriteAllText(Path.Combine(folder, "draft-50k.md"), DraftBuilder.Build(storiesForDrafts, LargeDraftWords).Text);
                stdout.WriteLine($"wrote draft-10k.md, draft-10k-doubled.md and draft-50k.md to {folder}");
                return 0;
            }

            if (!Stopwatch.IsHighResolution) stdout.WriteLine("note: Stopwatch is not high-resolution on this machine");
            stdout.WriteLine($"SourceLint benchmark · .NET {Environment.Version} · {Environment.ProcessorCount} cores · {(Debugger.IsAttached ? "DEBUGGER ATTACHED" : "no debugger")}");
            var load = MachineLoad.Describe();
            stdout.WriteLine(load.Text);
            var stories = BbcNewsCorpus.Load(bbc).Documents;
            var engine = new LintEngine();
            var figures = new List<BenchFigure>();

            if (options.Throughput)
            {
                figures.Add(ThroughputBenchmark.Run(engine, stories, stdout));
                stdout.WriteLine();
            }
            if (options.Scaling)
            {
                var small = DraftBuilder.Build(stories, SmallDraftWords);
                var large = DraftBuilder.Build(stories, LargeDraftWords);
                figures.Add(ScalingBenchmark.Run("(b) time ratio, draft doubled", engine, small, DraftBuilder.Doubled(small), options.Repetitions, DoubledTarget, stdout));
                figures.Add(ScalingBenchmark.Run("(c) time ratio, 50,000 vs 10,000 words", engine, small, large, options.Repetitions, FiveFoldTarget, stdout));
                GrowthCurve.Print(engine, stories, options.Repetitions, stdout);
                stdout.WriteLine();
            }

            if (options.RuleCosts)
            {
                RuleCostBreakdown.Print(DraftBuilder.Build(stories, SmallDraftWords), DraftBuilder.Build(stories, LargeDraftWords),
                    Math.Max(3, options.Repetitions / 3), stdout);
                stdout.WriteLine();
            }

            using (var self = Process.GetCurrentProcess())
            {
                self.Refresh();
                figures.Add(new BenchFigure("(d) peak working set", self.PeakWorkingSet64 / (1024.0 * 1024.0), " MB", Goal.AtMost, PeakWorkingSetTargetMb,
                    "whole process: runtime, the BBC stories in memory and the drafts; the budget is the benchmark's own, no issue sets one"));
            }

            stdout.WriteLine("== figures");
            foreach (var figure in figures) stdout.WriteLine(figure);
            stdout.WriteLine($"{figures.Count(f => f.Pass)} of {figures.Count} figures meet their targets");
            if (load.Busy) stdout.WriteLine("warning: the machine was busy during this run; timings and ratios are unreliable, run again on a quiet machine");
            return options.Check && figures.Any(f => !f.Pass) ? 1 : 0;
        }
    }
}
