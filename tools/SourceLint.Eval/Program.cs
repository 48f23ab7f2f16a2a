using SourceLint.Core;
using SourceLint.Eval;
using SourceLint.Eval.Corpora;
using SourceLint.Eval.Measures;
using SourceLint.Eval.Output;
using SourceLint.Eval.PolNear;

return EvalProgram.Run(args, Console.Out, Console.Error);

namespace SourceLint.Eval
{
    /// <summary>
    /// The evaluation command: runs the engine over published news and prints how much it flags. The corpus
    /// texts are read at run time from ../shared/corpus and never written anywhere.
    /// </summary>
    internal static class EvalProgram
    {
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var (options, error) = EvalOptions.Parse(args);
            if (options is null)
            {
                stderr.WriteLine($"sourcelint-eval: {error}");
                stderr.WriteLine("Run with --help for usage.");
                return 2;
            }
            if (options.Help)
            {
                stdout.WriteLine(EvalOptions.Usage);
                return 0;
            }

            var corpus = Path.GetFullPath(options.CorpusFolder ?? CorpusLocator.DefaultCorpusFolder());
            var bbc = Path.Combine(corpus, BbcNewsCorpus.FolderName);
            var gum = Path.Combine(corpus, GumWikinewsCorpus.FolderName);
            var polnear = Path.Combine(corpus, PolNearCorpus.FolderName);
            var missing = new[] { bbc, Path.Combine(gum, "text"), polnear }.Where(d => !Directory.Exists(d)).ToList();
            if (missing.Count > 0)
            {
                stderr.WriteLine(Directory.Exists(corpus)
                    ? $"sourcelint-eval: corpus folder incomplete under {corpus}; missing: {string.Join(", ", missing)}"
                    : $"sourcelint-eval: corpus folder not found: {corpus}");
                stderr.WriteLine("The evaluation reads ../shared/corpus beside the repository (bbc-news, gum-wikinews, polnear); pass --corpus DIR to point elsewhere.");
                return 2;
            }

            var engine = new LintEngine();
            var evaluator = new CorpusEvaluator(engine, options.Rules);
            var report = new ConsoleReport(stdout, options.Top);
            stdout.WriteLine($"SourceLint evaluation over {corpus} (read at run time, nothing copied)");
            stdout.WriteLine($"rules reported: {string.Join(", ", options.Rules.Select(r => r.Id))}; warnings are severity >= warning, notes below");
            stdout.WriteLine();

            var bbcResult = evaluator.Evaluate(BbcNewsCorpus.Load(bbc));
            report.Corpus(bbcResult, bbc);
            var gumResult = evaluator.Evaluate(GumWikinewsCorpus.Load(gum));
            report.Corpus(gumResult, gum);
            var (articles, notes) = PolNearCorpus.Load(polnear);
            var polResult = new PolNearEvaluator(engine).Evaluate(articles, notes);
            report.PolNear(polResult, polnear);

            var checks = TargetChecks(bbcResult, gumResult, polResult, options);
            report.Targets(checks, options.Rules.Count != Core.Rules.RuleRegistry.All.Count);
            var crashed = bbcResult.Failures.Count + gumResult.Failures.Count + polResult.Failures.Count;
            if (crashed > 0) stdout.WriteLine($"   the engine threw on {crashed} file(s): listed above");
            return options.Check && (checks.Any(c => !c.Pass) || crashed > 0) ? 1 : 0;
        }

        private static List<TargetCheck> TargetChecks(CorpusResult bbc, CorpusResult gum, PolNearResult polnear, EvalOptions options)
        {
            var checks = new List<TargetCheck>
            {
                new("bbc-news: warnings per 1,000 words", bbc.PerThousandWords(bbc.TotalWarnings), Targets.WarningsPerThousandWords, ""),
                new("bbc-news: SL2xx/SL3xx warnings per 1,000 words", bbc.PerThousandWords(bbc.ClaimAndHedgingWarnings), Targets.ClaimRuleWarningsPerThousandWords, ""),
            };
            if (gum.Kinds.TryGetValue("news", out var news))
                checks.Add(new("gum-wikinews (news articles): warnings per 1,000 words",
                    news.Words == 0 ? 0 : news.Warnings * 1000.0 / news.Words, Targets.WarningsPerThousandWords, ""));
            if (options.Rules.Contains(Core.Rules.RuleRegistry.SL102))
            {
                checks.Add(new("bbc-news: SL102 on direct quotes of 4+ words", PolNearResult.Percent(bbc.QuotesFlaggedSl102, bbc.Quotes), Targets.Sl102QuotePercent, "%"));
                checks.Add(new("polnear: SL102 on direct quotes of 4+ words", PolNearResult.Percent(polnear.Flagged, polnear.Quotes), Targets.Sl102QuotePercent, "%"));
            }
            return checks;
        }
    }
}
