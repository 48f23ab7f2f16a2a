using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Text;
using AttributionModel = SourceLint.Core.Analysis.Attribution;

namespace SourceLint.Core.Recognizers.Attribution;

/// <summary>
/// The poll or study a figure is read "in" is its data source: "Clinton led Trump 47 percent to 39 percent in the latest
/// Washington Post-ABC News poll". It covers the clause's figures, never its quotes (<see cref="AttributionModel.FiguresOnly"/>).
/// </summary>
internal static class PollsReadIn
{
    /// <summary>
    /// Polls and studies a figure is read "in": "50 percent in a new Washington Post-ABC News poll". (Each is also in
    /// document-sources.txt, which <see cref="Find"/> relies on to pass most sentences over.)
    /// </summary>
    private static readonly HashSet<string> InStudyNouns = new(StringComparer.Ordinal)
    {
        "poll", "polls", "polling", "survey", "surveys", "study", "studies", "census",
    };

    /// <summary>Words that end the phrase after "in" before it reaches a poll: another clause, or a preposition of time or
    /// place ("in the run-up to the poll" is when, not where the figure comes from; only "of" may stand inside).</summary>
    private static readonly HashSet<string> InStudyStops = new(StringComparer.Ordinal)
    {
        "which", "that", "who", "where", "when", "and", "but", "or", "to", "for", "on", "at", "from", "by", "with", "before",
        "after", "since", "during", "ahead", "than", "as", "in",
    };

    /// <summary>How many tokens the phrase after "in" may run to its poll ("in the RealClearPolitics average of New Hampshire polls").</summary>
    private const int InStudyReach = 10;

    /// <summary>
    /// "Clinton led Trump 47 percent to 39 percent in the latest Washington Post-ABC News poll", "support above 80 percent in
    /// some polls", "13% of registered voters in the nationwide survey": the poll or study a figure is read in is its data
    /// source, as "the poll found" or "a study by" is (rules.md's document sources). The phrase must reach its poll noun
    /// without crossing a clause or another preposition.
    /// </summary>
    public static void Find(SentenceAnalysis sentence, TokenList tokens, List<TextSpan> clauses, bool[] used, LexiconSet lexicons)
    {
        // Every poll noun is a document source (document-sources.txt): most sentences have none, and then no "in" is read.
        if (!tokens.MayHave(WordTraits.DocumentSource, lexicons.Vocabulary)) return;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            // (The span's length first: this runs over every token of the draft, and few are two letters long.)
            if (tokens[i].Span.Length != 2 || tokens[i].Lower != "in" || used[i] || sentence.InsideQuote(tokens[i].Span)) continue;
            for (int k = i + 1; k < tokens.Count && k <= i + InStudyReach; k++)
            {
                var t = tokens[k];
                if (!(t.IsWord || t.Kind == TokenKind.Number || t.Text is "-" or "/" or "'" or "’")) break;
                if (!t.IsWord) continue;
                if (InStudyNouns.Contains(t.Lower))
                {
                    // A bare plural is a source too ("in polls taken in December"); a bare singular is rarely one.
                    if (k > i + 1 || t.Lower is "polls" or "surveys" or "studies")
                    {
                        for (int u = i; u <= k; u++) used[u] = true;
                        var cue = tokens[i].Span;
                        var source = TextSpan.FromBounds(tokens[i + 1].Span.Start, t.Span.End);
                        sentence.Attributions.Add(new AttributionModel(AttributionKind.Document, cue, source, sentence.TextOf(source))
                        {
                            Scope = AttributionRecognizer.ClauseOf(clauses, cue.Start, sentence),
                            FiguresOnly = true,
                        });
                    }
                    break;
                }
                if (InStudyStops.Contains(t.Lower)) break;
            }
        }
    }
}
