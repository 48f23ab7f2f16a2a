using System.Diagnostics;
using SourceLint.Core;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Rules;
using SourceLint.Eval.Corpora;

namespace SourceLint.Eval.Measures;

/// <summary>Runs the engine over every document of a corpus and tallies what each rule raised.</summary>
internal sealed class CorpusEvaluator(LintEngine engine, IReadOnlyList<RuleDescriptor> reportedRules)
{
    public CorpusResult Evaluate(LoadedCorpus corpus)
    {
        var result = new CorpusResult(corpus.Name, reportedRules) { Notes = corpus.Notes };
        var tallies = result.Rules.ToDictionary(t => t.Rule.Id, StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        foreach (var doc in corpus.Documents)
        {
            var words = WordCounter.Count(doc.Text);
            result.Files++;
            result.Words += words;
            result.Utf8Bytes += System.Text.Encoding.UTF8.GetByteCount(doc.Text);
            var kind = result.Kinds.TryGetValue(doc.Kind, out var k) ? k : result.Kinds[doc.Kind] = new KindTally();
            kind.Files++;
            kind.Words += words;

            LintResult lint;
            try
            {
                lint = engine.Lint(doc.Text, doc.RelativePath);
            }
            catch (Exception e)
            {
                result.Failures.Add($"{doc.RelativePath}: {e.GetType().Name}: {e.Message}");
                continue;
            }
            result.Problems += lint.Problems.Count;

            var quotes = QuoteFinder.Find(doc.Text);
            result.Quotes += quotes.Count;
            result.QuotesFlaggedSl102 += quotes.Count(q => IsFlagged(lint, RuleRegistry.SL102.Id, q.Start, q.End));

            foreach (var d in lint.Diagnostics)
            {
                if (!tallies.TryGetValue(d.Rule.Id, out var tally)) continue;
                var phrase = PhraseNormalizer.Normalize(d.FlaggedText);
                if (d.Severity >= Severity.Warning)
                {
                    tally.AddWarning(phrase);
                    kind.Warnings++;
                    if (result.Scope.TryGetValue(d.Rule.Id, out var scope) && ScopeBreakdown.Classify(lint, d) is { } place) scope.Add(place);
                }
                else tally.AddNote(phrase);
            }
        }
        result.Elapsed = clock.Elapsed;
        return result;
    }

    /// <summary>Whether a diagnostic of <paramref name="ruleId"/> overlaps the span [start, end).</summary>
    internal static bool IsFlagged(LintResult lint, string ruleId, int start, int end) =>
        lint.Diagnostics.Any(d => d.Rule.Id == ruleId && d.Span.Start < end && start < d.Span.End);
}
