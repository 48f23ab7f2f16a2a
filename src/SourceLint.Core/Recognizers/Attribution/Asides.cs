using SourceLint.Core.Analysis;

namespace SourceLint.Core.Recognizers.Attribution;

/// <summary>
/// Asides that stand between a source and its reporting verb without changing who speaks: "Laah Chong-gyu, executive
/// director of the bank - one of the firm's creditors - said", "the figures - released on Monday - showed", "The survey,
/// conducted by Pew, showed". <see cref="AttributionRecognizer"/> steps over them.
/// </summary>
internal static class Asides
{
    /// <summary>A dash that may open or close an aside, spaced off the word before it ("the figures - released on Monday - showed"), not a hyphen ("under-25s").</summary>
    public static bool IsDash(TokenList tokens, int k) =>
        tokens[k].Text is "-" or "–" or "—" && k > 0 && !tokens.TouchesPrevious(k);

    /// <summary>
    /// The dash that opens an aside closed by the dash at <paramref name="closing"/>, when a word stands before it and only
    /// words, numbers and commas between: "- one of the firm's creditors -".
    /// </summary>
    public static int? DashOpening(TokenList tokens, int closing)
    {
        for (int k = closing - 1; k >= 1 && k >= closing - Reach; k--)
        {
            if (IsDash(tokens, k)) return k < closing - 1 && tokens[k - 1].IsWord ? k : null;
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number && tokens[k].Text is not ("," or "'" or "’")) return null;
        }
        return null;
    }

    /// <summary>How long (in tokens) an aside between dashes or brackets may run and still be stepped over.</summary>
    private const int Reach = 20;

    /// <summary>
    /// The token that closes an aside opening at <paramref name="open"/> between a document and its verb of showing: a
    /// relative clause (", which questioned 1,943 adults online,"), a participle or a preposition between commas (", conducted
    /// by Pew,", ", for security firm Preventon,"), or anything between dashes or brackets ("- revised after an audit -",
    /// "(published on Monday)"). Other commas end the search ("The survey, the minister said, …" has a speaker of its own).
    /// </summary>
    public static int? End(TokenList tokens, int open)
    {
        if (open + 1 >= tokens.Count) return null;
        var t = tokens[open];
        if (t.Text == ",")
        {
            var first = tokens[open + 1];
            bool opensAside = first.Lower is "which" or "for" or "by" or "from"
                || first.IsWord && first.Lower.Length > 4 && first.Lower.EndsWith("ed", StringComparison.Ordinal);
            return opensAside ? ClosingComma(tokens, open + 1) : null;
        }
        if (t.Text != "(" && !IsDash(tokens, open)) return null;
        for (int k = open + 1; k < tokens.Count && k <= open + Reach; k++)
        {
            var c = tokens[k].Text;
            if (t.Text == "(" ? c == ")" : IsDash(tokens, k)) return k;
            if (c is ";" or ":" or "." or "\"" or "“" or "”" || (t.Text != "(" && c is "(" or ")")) return null;
        }
        return null;
    }

    /// <summary>The comma that closes a relative clause opened at <paramref name="from"/>, if it closes within a few words.</summary>
    private static int? ClosingComma(TokenList tokens, int from)
    {
        for (int k = from + 1; k < tokens.Count && k <= from + 16; k++)
        {
            if (tokens[k].Text == ",") return k;
            if (tokens[k].Text is ";" or ":" or "." or "(" or ")" or "\"" or "“" or "”") return null;
        }
        return null;
    }

    /// <summary>
    /// The comma that opens a short aside closed by the comma at <paramref name="closing"/>, when the aside is a phrase of
    /// circumstance or a linking adverb, not a description of the speaker: "Mike Huckabee, for his part, is labeling",
    /// "The minister, in a statement, said", "Mr Lee, however, said". (An apposition, "Gene Sperling, a top adviser,
    /// said", is <see cref="NounPhrases.AppositionOpening"/>'s.)
    /// </summary>
    public static int? CircumstanceOpening(TokenList tokens, int closing)
    {
        for (int k = closing - 1; k >= 2 && k >= closing - CircumstanceReach; k--)
        {
            if (tokens[k].IsMark(','))
            {
                var first = tokens[k + 1];
                bool circumstance = k + 1 < closing && (CircumstanceOpeners.Contains(first.Lower) && k + 2 < closing || k + 2 == closing && LinkingAdverbs.Contains(first.Lower));
                return circumstance && tokens[k - 1].IsWord ? k : null;
            }
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number) return null;
        }
        return null;
    }

    private const int CircumstanceReach = 7;

    private static readonly HashSet<string> CircumstanceOpeners = new(StringComparer.Ordinal)
    {
        "for", "in", "on", "at", "after", "during", "speaking", "writing", "asked", "when", "while", "of", "from", "like",
    };

    private static readonly HashSet<string> LinkingAdverbs = new(StringComparer.Ordinal)
    {
        "however", "though", "too", "meanwhile", "also", "instead", "similarly", "likewise", "separately", "nevertheless",
    };
}
