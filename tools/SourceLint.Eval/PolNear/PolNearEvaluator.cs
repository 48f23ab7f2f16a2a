using SourceLint.Core;
using SourceLint.Core.Rules;
using SourceLint.Eval.Measures;

namespace SourceLint.Eval.PolNear;

/// <summary>How SL102 fares on PolNeAR's direct quotes, against the annotators' attributions.</summary>
internal sealed class PolNearResult
{
    public int Articles { get; set; }
    public long Words { get; set; }
    public int Quotes { get; set; }
    public int Inside { get; set; }
    public int InsideFlagged { get; set; }
    public int Outside => Quotes - Inside;
    public int OutsideFlagged { get; set; }
    public int Flagged => InsideFlagged + OutsideFlagged;
    public IReadOnlyList<string> Notes { get; init; } = [];
    public List<string> Failures { get; } = [];
    /// <summary>Quotes the annotators marked attributed that SL102 flags anyway: the false positives to read.</summary>
    public List<(string Path, string Quote)> FalsePositives { get; } = [];
    /// <summary>Quotes outside every annotated attribution that SL102 leaves alone: the possible misses to read (some are
    /// attributed in ways the annotators did not mark, such as a credit line or a title).</summary>
    public List<(string Path, string Quote)> UnflaggedOutside { get; } = [];

    public static double Percent(int part, int whole) => whole == 0 ? 0 : part * 100.0 / whole;
}

/// <summary>
/// For each direct quote of four words or more (the evaluation's own scanner), asks whether it lies inside a
/// human-marked attribution (at least <see cref="InsideShare"/> of its words' characters fall in the Content
/// of an annotated attribution relation) and whether the engine flags it with SL102.
/// </summary>
internal sealed class PolNearEvaluator(LintEngine engine)
{
    /// <summary>A quote is "inside" when this share of its characters is annotated content: annotators
    /// sometimes leave a closing comma or the last word of a long quote outside the span.</summary>
    public const double InsideShare = 0.9;

    public PolNearResult Evaluate(IReadOnlyList<PolNearArticle> articles, IReadOnlyList<string> notes)
    {
        var result = new PolNearResult { Notes = notes };
        foreach (var article in articles)
        {
            result.Articles++;
            result.Words += WordCounter.Count(article.Text);
            LintResult lint;
            try
            {
                lint = engine.Lint(article.Text, article.RelativePath);
            }
            catch (Exception e)
            {
                result.Failures.Add($"{article.RelativePath}: {e.GetType().Name}: {e.Message}");
                continue;
            }

            var content = ContentMask(article);
            foreach (var quote in QuoteFinder.Find(article.Text))
            {
                result.Quotes++;
                var flagged = CorpusEvaluator.IsFlagged(lint, RuleRegistry.SL102.Id, quote.Start, quote.End);
                if (IsInside(content, quote))
                {
                    result.Inside++;
                    if (!flagged) continue;
                    result.InsideFlagged++;
                    result.FalsePositives.Add((article.RelativePath,
                        PhraseNormalizer.Normalize(article.Text[quote.Start..quote.End])));
                }
                else if (flagged) result.OutsideFlagged++;
                else result.UnflaggedOutside.Add((article.RelativePath, PhraseNormalizer.Normalize(article.Text[quote.Start..quote.End])));
            }
        }
        return result;
    }

    /// <summary>Which characters of the article some annotated attribution's Content covers.</summary>
    internal static bool[] ContentMask(PolNearArticle article)
    {
        var mask = new bool[article.Text.Length];
        foreach (var relation in article.Relations)
            foreach (var span in relation.Content)
                for (var i = Math.Max(0, span.Start); i < Math.Min(mask.Length, span.End); i++)
                    mask[i] = true;
        return mask;
    }

    internal static bool IsInside(bool[] contentMask, FoundQuote quote)
    {
        int covered = 0, total = 0;
        for (var i = quote.InnerStart; i < quote.InnerEnd && i < contentMask.Length; i++)
        {
            total++;
            if (contentMask[i]) covered++;
        }
        return total > 0 && covered >= InsideShare * total;
    }
}
