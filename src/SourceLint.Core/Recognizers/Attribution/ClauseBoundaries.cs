using SourceLint.Core.Analysis;
using SourceLint.Core.Text;

namespace SourceLint.Core.Recognizers.Attribution;

/// <summary>
/// Cuts a sentence into independent clauses at ", and", ", but", ", while" and ";" when a new subject
/// follows ("…, White said, and Conte faces trial in May"). Coordinated verbs without their own subject
/// ("says it carried out an attack and seized a base") stay in one clause. An attribution governs its clause.
/// </summary>
public static class ClauseBoundaries
{
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i", "there" };

    /// <summary>The clause spans of the sentence, in order, covering it entirely.</summary>
    public static List<TextSpan> Clauses(SentenceAnalysis sentence)
    {
        var clauses = new List<TextSpan>();
        Clauses(sentence, clauses);
        return clauses;
    }

    /// <summary>As <see cref="Clauses(SentenceAnalysis)"/>, into <paramref name="clauses"/> (cleared first): the attribution recognizer reuses one list for every sentence.</summary>
    internal static void Clauses(SentenceAnalysis sentence, List<TextSpan> clauses)
    {
        clauses.Clear();
        var tokens = sentence.Tokens;
        int start = sentence.Span.Start;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            var t = tokens[i];
            // Only a mark (one character, the token's own length) can cut: a word is passed over without reading its text.
            if (t.Span.Length != 1) continue;
            int next;
            if (t.IsMark(';')) next = i + 1;
            else if (t.IsMark(',') && tokens[i + 1].Lower is "and" or "but" or "while" or "whereas" or "although" or "though" or "yet") next = i + 2;
            else continue;
            if (next >= tokens.Count) continue;
            var n = tokens[next];
            bool newSubject = SubjectPronouns.Contains(n.Lower) || (n.IsWord && n.IsCapitalized && n.Text != "I" && !IsQuoteOpen(tokens, next - 1))
                || n.Kind == TokenKind.Number || (t.IsMark(',') && n.Lower is "the" or "a" or "an");
            // "Obama, Abe, and Park": the last item of a list with a serial comma, not a new clause.
            if (newSubject && t.IsMark(',') && IsSerialCommaList(tokens, i)) newSubject = false;
            if (newSubject && !InsideQuote(sentence, t.Span.Start))
            {
                // A cut ends the clause before it and starts the next.
                clauses.Add(TextSpan.FromBounds(start, t.Span.Start));
                start = t.Span.Start;
            }
        }
        clauses.Add(TextSpan.FromBounds(start, sentence.Span.End));
    }

    /// <summary>The comma at <paramref name="comma"/> follows a one-word list item that itself follows a comma: "Obama, Abe, and".</summary>
    private static bool IsSerialCommaList(TokenList tokens, int comma) =>
        comma >= 3 && tokens[comma - 1].IsWord && tokens[comma - 2].IsMark(',') && tokens[comma - 3].IsWord
        && tokens[comma - 1].IsCapitalized == tokens[comma + 2 < tokens.Count ? comma + 2 : comma - 1].IsCapitalized;

    private static bool IsQuoteOpen(TokenList tokens, int i) => i >= 0 && tokens[i].Text is "\"" or "“" or "‘";

    private static bool InsideQuote(SentenceAnalysis sentence, int offset)
    {
        foreach (var q in sentence.Quotes) if (q.Span.Contains(offset)) return true;
        return false;
    }
}
