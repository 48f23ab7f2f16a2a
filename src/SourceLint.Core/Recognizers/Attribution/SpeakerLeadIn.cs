using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Text;
using AttributionModel = SourceLint.Core.Analysis.Attribution;

namespace SourceLint.Core.Recognizers.Attribution;

/// <summary>
/// A sentence that introduces a named speaker by their stance, with the quote following it in the
/// same paragraph: "Ruddock, though, is keen to protect his players. "At this stage, …"". News style
/// uses it as often as "he said"; rules.md counts the quote as following "a sentence attributed to a
/// named speaker", and an editor reads it so. It only ever introduces quotes (see <see cref="AttributionScope"/>);
/// it attributes nothing in its own sentence.
/// </summary>
internal static class SpeakerLeadIn
{
    /// <summary>Stances a reporter gives a speaker before quoting them.</summary>
    private static readonly HashSet<string> Stances = new(StringComparer.Ordinal)
    {
        "keen", "confident", "adamant", "convinced", "optimistic", "hopeful", "determined", "sure", "certain",
        "happy", "delighted", "pleased", "disappointed", "unhappy", "frustrated", "relieved", "proud", "eager",
        "worried", "concerned", "angry", "furious", "upbeat", "bullish", "defiant", "philosophical", "realistic", "cautious", "brimming",
    };

    /// <summary>Verbs of wanting and feeling that a reporter uses to introduce a speaker's own view.</summary>
    private static readonly HashSet<string> AttitudeVerbs = new(StringComparer.Ordinal)
    {
        "wants", "wanted", "hopes", "hoped", "feels", "felt", "fears", "feared", "regrets", "regretted", "prefers", "preferred",
        "plans", "intends", "intended",
    };

    /// <summary>
    /// What a named speaker does as they speak: a speech act with no quote of its own ("Clinton touted her record.")
    /// or a gesture ("Betsy Ebeling shook her head.") that reporters set right before the speaker's words.
    /// </summary>
    private static readonly HashSet<string> ActsBeforeSpeaking = new(StringComparer.Ordinal)
    {
        "touted", "proclaimed", "vented", "speculated", "lamented", "bemoaned", "mused", "pleaded", "appealed", "railed",
        "ranted", "bragged", "gushed", "fumed", "scoffed", "shook", "nodded", "smiled", "grinned", "shrugged", "paused",
        "winced", "frowned", "beamed", "chuckled", "applauded",
    };

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "was", "are", "were", "remains", "remained", "seemed", "looked", "sounded" };

    private static readonly HashSet<string> Between = new(StringComparer.Ordinal) { "though", "however", "meanwhile", "also", "still", "now", "clearly", "not", "far", "more", "less", "very", "equally", "just", "as" };

    private static readonly HashSet<string> Persons = new(StringComparer.Ordinal) { "he", "she", "they", "we", "i" };

    /// <summary>
    /// The words that end a lead-in's subject: a copula, an attitude verb, an act before speaking, "issued" or
    /// "released". <see cref="Find"/> tests every word of a sentence's opening against them: one lookup per word
    /// instead of one per list.
    /// </summary>
    internal static readonly HashSet<string> EndsSubject =
        new(Copulas.Concat(AttitudeVerbs).Concat(ActsBeforeSpeaking).Append("issued").Append("released"), StringComparer.Ordinal);

    /// <summary>A copula and a stance among the words before <paramref name="end"/>: "Mr Dean is confident though:".</summary>
    public static bool HasStanceBefore(TokenList tokens, int end)
    {
        for (int k = 1; k < end; k++)
            if (tokens[k].IsWord && Stances.Contains(tokens[k].Lower) && (Copulas.Contains(tokens[k - 1].Lower) || Between.Contains(tokens[k - 1].Lower) && k >= 2 && Copulas.Contains(tokens[k - 2].Lower)))
                return true;
        return false;
    }

    /// <summary>The lead-in's speaker, when the sentence opens with a name (or he/she) and a stance: "X is keen to …".</summary>
    public static AttributionModel? Find(SentenceAnalysis sentence)
    {
        if (sentence.Quotes.Count > 0 || sentence.Attributions.Count > 0) return null;
        var tokens = sentence.Tokens;
        // Every lead-in turns on a word of EndsSubject (the copula, attitude verb, act or "issued" tested below): a sentence
        // without one is none, known without reading its words.
        if (!tokens.MayHaveBuiltIn(WordTraits.EndsLeadInSubject)) return null;
        int k = 0;
        while (k < tokens.Count && !tokens[k].IsWord) k++;
        if (k >= tokens.Count) return null;
        // "After three successive wins, McIlroy is brimming with confidence.": the name after an opening phrase.
        if (OpeningPhraseEnd(tokens, k) is int comma) k = comma + 1;
        if (k >= tokens.Count) return null;
        int subjectStart = k;
        // The subject: a pronoun, or a run of capitalised words (a name, "Double try scorer Martyn Williams" ends on one).
        if (Persons.Contains(tokens[k].Lower)) k++;
        else
        {
            int lastCapital = -1;
            // (An abbreviation's points belong to the name: "U.S. Senator John Cornyn".)
            while (k < tokens.Count && k - subjectStart < 10 && (tokens[k].IsWord || IsAbbreviationPoint(tokens, k)) && !tokens[k].Form.Has(WordTraits.EndsLeadInSubject))
            {
                if (tokens[k].IsCapitalized && !NounPhrases.IsDeterminer(tokens[k])) lastCapital = k;
                k++;
            }
            if (lastCapital < 0 || lastCapital != k - 1) return null; // the subject must end on the name
        }
        int subjectEnd = k - 1;
        // "U.S. Senator John Cornyn, Republican from Texas, issued a statement …": an apposition after the name.
        if (k < tokens.Count && tokens[k].Text == "," && NounPhrases.AppositionClosing(tokens, k) is int closing) k = closing;
        while (k < tokens.Count && (tokens[k].Text == "," || (tokens[k].IsWord && Between.Contains(tokens[k].Lower)))) k++;
        // "Senator John Cornyn … issued a statement regarding …": a named statement introduces its quote.
        if (k + 2 < tokens.Count && tokens[k].Lower is "issued" or "released" && tokens[k + 1].Lower is "a" && tokens[k + 2].Lower == "statement")
            return LeadIn(sentence, subjectStart, subjectEnd, k, k + 2);
        // "Coach Rhys Morgan wants his side to play more on grass.": what a named speaker wants, hopes or fears
        // is their own account, and the quote that follows gives it in their words.
        if (k < tokens.Count && (AttitudeVerbs.Contains(tokens[k].Lower) || ActsBeforeSpeaking.Contains(tokens[k].Lower)))
            return LeadIn(sentence, subjectStart, subjectEnd, k, k);
        if (k >= tokens.Count || !Copulas.Contains(tokens[k].Lower)) return null;
        k++;
        while (k < tokens.Count && tokens[k].IsWord && Between.Contains(tokens[k].Lower)) k++;
        if (k >= tokens.Count || !Stances.Contains(tokens[k].Lower)) return null;
        return LeadIn(sentence, subjectStart, subjectEnd, k - 1, k);
    }

    /// <summary>Words that open an adverbial phrase before a sentence's subject: "After three wins, …", "Despite the defeat, …".</summary>
    private static readonly HashSet<string> PhraseOpeners = new(StringComparer.Ordinal)
    {
        "after", "despite", "before", "since", "following", "with", "for", "now", "still", "yet", "however", "meanwhile", "in", "on", "at",
    };

    /// <summary>How many tokens an opening phrase may run before its comma.</summary>
    private const int OpeningPhraseReach = 12;

    /// <summary>The comma that closes an adverbial phrase opening the sentence at <paramref name="first"/>, with only words and numbers in it.</summary>
    internal static int? OpeningPhraseEnd(TokenList tokens, int first)
    {
        if (!PhraseOpeners.Contains(tokens[first].Lower)) return null;
        for (int k = first + 1; k < tokens.Count && k <= first + OpeningPhraseReach; k++)
        {
            if (tokens[k].Text == ",") return k;
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number) return null;
        }
        return null;
    }

    /// <summary>A full stop glued to the word before it and followed by a word, inside an abbreviation or initials ("U.S.", "Ms.").</summary>
    private static bool IsAbbreviationPoint(TokenList tokens, int k) =>
        tokens[k].Text == "." && k + 1 < tokens.Count && tokens.TouchesPrevious(k) && tokens[k + 1].IsWord;

    private static AttributionModel LeadIn(SentenceAnalysis sentence, int subjectStart, int subjectEnd, int cueStart, int cueEnd)
    {
        var tokens = sentence.Tokens;
        var cue = TextSpan.FromBounds(tokens[cueStart].Span.Start, tokens[cueEnd].Span.End);
        var source = TextSpan.FromBounds(tokens[subjectStart].Span.Start, tokens[subjectEnd].Span.End);
        return new AttributionModel(AttributionKind.SpeakerLeadIn, cue, source, sentence.TextOf(source))
        {
            Scope = new TextSpan(sentence.Span.Start, sentence.Span.Start), // governs nothing in its own sentence
            IsPronoun = subjectStart == subjectEnd && Persons.Contains(tokens[subjectStart].Lower),
        };
    }
}
