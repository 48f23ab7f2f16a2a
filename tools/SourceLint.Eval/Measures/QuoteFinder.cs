namespace SourceLint.Eval.Measures;

/// <summary>A direct quote found by the evaluation's own scanner: its span with the marks, and its word count.</summary>
internal readonly record struct FoundQuote(int Start, int End, int Words)
{
    /// <summary>The span inside the marks.</summary>
    public int InnerStart => Start + 1;
    public int InnerEnd => End - 1;
}

/// <summary>
/// An independent, deliberately simple quote scanner for measuring the engine (not the engine's own): curly
/// “…” pairs, and straight "…" pairs within one line. Single quotes are left out: in this news they are
/// mostly apostrophes or scare quotes, and the measure is about quotes of four words or more.
/// </summary>
internal static class QuoteFinder
{
    public const int MinimumWords = 4;

    public static List<FoundQuote> Find(string text, int minimumWords = MinimumWords)
    {
        var quotes = new List<FoundQuote>();
        FindCurly(text, minimumWords, quotes);
        FindStraight(text, minimumWords, quotes);
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return quotes;
    }

    /// <summary>“ … ”: the nearest closing mark with no other opening mark in between (a multi-paragraph quote
    /// whose earlier paragraphs never close is measured by its last paragraph).</summary>
    private static void FindCurly(string text, int minimumWords, List<FoundQuote> quotes)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\u201C') open = i;
            else if (text[i] == '\u201D' && open >= 0)
            {
                Add(text, open, i + 1, minimumWords, quotes);
                open = -1;
            }
        }
    }

    /// <summary>" … " paired left to right within each line; an unpaired last mark on a line is dropped.</summary>
    private static void FindStraight(string text, int minimumWords, List<FoundQuote> quotes)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') open = -1;
            else if (c == '"')
            {
                if (open < 0) open = i;
                else
                {
                    Add(text, open, i + 1, minimumWords, quotes);
                    open = -1;
                }
            }
        }
    }

    private static void Add(string text, int start, int end, int minimumWords, List<FoundQuote> quotes)
    {
        var words = WordCounter.Count(text.AsSpan(start + 1, end - start - 2));
        if (words >= minimumWords) quotes.Add(new FoundQuote(start, end, words));
    }
}
