using SourceLint.Core.Analysis;

namespace SourceLint.Core.Recognizers.Attribution;

/// <summary>
/// "The Times quoted Mr Smith as saying …": the one quoted is the speaker; the outlet only carries the words (as in
/// "sources quoted by Reuters"), so an anonymous speaker is marked as one. Used by <see cref="AttributionRecognizer"/>.
/// </summary>
internal static class QuotedAsSaying
{
    /// <summary>How many tokens may name the one quoted between "quoted" and "as saying" ("quoted an unnamed executive at Euronext as saying").</summary>
    private const int SpeakerReach = 10;

    /// <summary>
    /// The one quoted after the active "quoted" at <paramref name="quoted"/>, and the index of its "saying": "quoted an insider in
    /// the talks as saying" (the whole description, so an anonymous speaker is marked as one), "quoted Ms. Simonyan, the editor
    /// in chief, as saying" (the name before its apposition). Only words stand between: no quote, no clause.
    /// </summary>
    public static ((int Start, int End) Speaker, int Saying)? Find(TokenList tokens, int quoted)
    {
        int comma = -1;
        for (int k = quoted + 1; k < tokens.Count && k <= quoted + SpeakerReach; k++)
        {
            if (tokens[k].Lower == "as" && k > quoted + 1)
            {
                if (SayingAt(tokens, k) is not int saying) return null;
                int end = tokens[k - 1].Text == "," ? k - 2 : k - 1;
                return comma < 0 ? ((quoted + 1, end), saying) : comma > quoted + 1 ? ((quoted + 1, comma - 1), saying) : null;
            }
            if (tokens[k].Text == ",")
            {
                // The apposition's first comma, or its last one right before "as".
                if (comma < 0) comma = k;
                else if (k + 1 >= tokens.Count || tokens[k + 1].Lower != "as") return null;
                continue;
            }
            // (A hyphen or an abbreviation's point glued to its word: "Ms. Simonyan", "R-Texas".)
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number && !(tokens[k].Text is "-" or "." && tokens.TouchesPrevious(k))) return null;
            if (tokens[k].Lower is "that" or "who" or "which" or "and" or "but") return null;
        }
        return null;
    }

    /// <summary>The index of "saying" (or "telling", "adding") when "as saying" starts at <paramref name="k"/>: "quoted Mr Smith as saying".</summary>
    public static int? SayingAt(TokenList tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Lower == "as" && tokens[k + 1].Lower is "saying" or "telling" or "adding" or "stating" ? k + 1 : null;
}
