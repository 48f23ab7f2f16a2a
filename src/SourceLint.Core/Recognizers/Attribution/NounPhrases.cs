using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;

namespace SourceLint.Core.Recognizers.Attribution;

/// <summary>Finds the noun phrase standing as a source next to a reporting expression.</summary>
internal static class NounPhrases
{
    public static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "some", "many", "several", "other", "one", "two", "three", "four", "five", "most", "few", "various", "both", "another",
    };

    public static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i", "you" };

    /// <summary>Words that cannot be inside a source phrase: verbs, conjunctions, prepositions that end it.</summary>
    internal static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "as", "if", "but", "so", "than",
        "to", "with", "on", "in", "at", "after", "before", "since", "until", "is", "was", "are", "were", "be", "been",
        "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do", "not",
        "also", "later", "earlier", "previously", "separately", "repeatedly", "then", "now", "today", "yesterday",
        "recently", "still", "however", "already", "never", "just", "further", "officially", "publicly", "privately",
        "said", "says", "told", "added", "there", "what", "how", "why", "whether", "into", "over", "about", "against",
        "during", "through", "without", "under", "within", "via", "per", "like", "once", "though", "although", "yet",
        "or", "nor", "up", "out", "off", "only", "even", "all", "any", "more", "most", "very", "too", "again", "this", "last", "next",
    };

    /// <summary>Adverbs and auxiliaries that may stand between a subject and its reporting verb.</summary>
    public static readonly HashSet<string> Interveners = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "later", "earlier", "previously", "separately", "repeatedly", "then", "now",
        "recently", "still", "already", "further", "officially", "publicly", "privately", "has also", "had also",
        "will", "would", "once", "again", "subsequently", "reportedly", "initially", "originally", "first", "last", "yesterday", "today",
        "even", "always", "often", "long", "frequently", "openly", "explicitly", "famously", // "Trump has even claimed", "has long argued"
    };

    /// <summary>
    /// The token's word is one of <see cref="Determiners"/>, <see cref="Pronouns"/> or <see cref="Stops"/>: read from its
    /// form (<see cref="WordTraits"/>, answered once per spelling by the vocabulary), not hashed again for every word a
    /// source phrase walks over.
    /// </summary>
    public static bool IsDeterminer(in Token t) => t.Form.Has(WordTraits.Determiner);
    /// <inheritdoc cref="IsDeterminer"/>
    public static bool IsPronoun(in Token t) => t.Form.Has(WordTraits.Pronoun);
    /// <inheritdoc cref="IsDeterminer"/>
    private static bool IsStop(in Token t) => t.Form.Has(WordTraits.PhraseStop);

    /// <summary>The source phrase ending at token <paramref name="end"/> (inclusive), walking left; (start, end) or null.</summary>
    public static (int Start, int End)? Left(TokenList tokens, int end)
    {
        if (end < 0 || !tokens[end].IsWord) return null;
        if (IsPronoun(tokens[end])) return (end, end);
        if (IsStop(tokens[end]) && !IsCapitalizedName(tokens, end)) return null;
        int start = end;
        while (start - 1 >= 0 && end - start < 9)
        {
            var t = tokens[start - 1];
            if (t.IsWord)
            {
                if (t.Lower is "and" or "of" or "for" or "from" or "at")
                {
                    // "Military and security sources", "a spokeswoman for the Department …", "the head of the army".
                    if (start - 2 >= 0 && tokens[start - 2].IsWord && !IsStop(tokens[start - 2])) { start--; continue; }
                    break;
                }
                if (IsStop(t) || IsPronoun(t)) break;
                start--;
                if (IsDeterminer(t))
                {
                    // "Sources at the club", "a spokeswoman for the department", "a person familiar with the matter".
                    if (start - 2 >= 0 && tokens[start - 1].IsWord && tokens[start - 2].IsWord
                        && (tokens[start - 1].Lower is "at" or "of" or "for" or "from"
                            || (tokens[start - 1].Lower is "with" or "to" && tokens[start - 2].Lower is "familiar" or "close"))
                        && !IsStop(tokens[start - 2]) || (start - 2 >= 0 && tokens[start - 1].Lower is "with" or "to" && tokens[start - 2].Lower is "familiar" or "close"))
                    {
                        start -= 2;
                        continue;
                    }
                    break;
                }
                continue;
            }
            if (t.Kind == TokenKind.Number && start - 1 > 0) { start--; continue; }
            if (IsJoiningHyphen(tokens, start - 1)) { start--; continue; } // "the 30-year-old said"
            break;
        }
        // Trim a leading preposition or conjunction that slipped in.
        while (start < end && tokens[start].Lower is "and" or "of" or "for" or "from" or "at") start++;
        return (start, end);
    }

    /// <summary>
    /// A capitalised word that the stop list would end a phrase at, standing as a name: "May" in '"…," May wrote' or "Theresa
    /// May", not the sentence's first word (where "May I …" and "Will they …" are capitalised anyway).
    /// </summary>
    private static bool IsCapitalizedName(TokenList tokens, int k)
    {
        if (!tokens[k].IsCapitalized || tokens[k].Text is "I") return false;
        for (int j = k - 1; j >= 0; j--) if (tokens[j].IsWord) return true;
        return false;
    }

    /// <summary>
    /// A hyphen glued to a number on its left and a word on its right, "28-year-old": the tokenizer
    /// splits it after the digits, but it is one descriptor inside the source phrase.
    /// </summary>
    private static bool IsJoiningHyphen(TokenList tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Text is "-" or "‑"
        && tokens.TouchesPrevious(k) && tokens.TouchesPrevious(k + 1)
        && tokens[k - 1].Kind is TokenKind.Number or TokenKind.Word && tokens[k + 1].IsWord;

    /// <summary>How many tokens an apposition between commas may run: "Tad Devine, a top adviser to the Sanders campaign, said".</summary>
    private const int AppositionReach = 10;

    /// <summary>Words that show the commas hold a list or a clause, not an apposition.</summary>
    private static readonly HashSet<string> NotInApposition = new(StringComparer.Ordinal)
    {
        "or", "but", "who", "which", "that", "said", "says", "told", "is", "was", "are", "were", "has", "had", "have", "will", "would",
    };

    /// <summary>
    /// A token an apposition may hold: a word, a number, or a hyphen or apostrophe inside a word ("R-Texas", "party's"); "and"
    /// inside it ("adviser on counterterrorism and homeland security") but not opening it (", and the minister," joins a list).
    /// </summary>
    private static bool MayStandInApposition(TokenList tokens, int k) =>
        tokens[k].IsWord ? !NotInApposition.Contains(tokens[k].Lower) && !(tokens[k].Lower == "and" && k > 0 && tokens[k - 1].Text == ",")
        : tokens[k].Kind == TokenKind.Number || (tokens[k].Text is "-" or "'" or "’" or "." && tokens.TouchesPrevious(k));

    /// <summary>
    /// The comma that opens an apposition closed by the comma at <paramref name="closing"/>: ", the party's leader," in "Mr Lee,
    /// the party's leader, said". Only words stand between, none of a list or a clause; null otherwise.
    /// </summary>
    public static int? AppositionOpening(TokenList tokens, int closing)
    {
        for (int k = closing - 1; k >= 0 && k >= closing - AppositionReach; k--)
        {
            if (tokens[k].Text == ",") return k < closing - 1 ? k : null;
            if (!MayStandInApposition(tokens, k)) return null;
        }
        return null;
    }

    /// <summary>The comma that closes an apposition opened by the comma at <paramref name="opening"/> (see <see cref="AppositionOpening"/>).</summary>
    public static int? AppositionClosing(TokenList tokens, int opening)
    {
        for (int k = opening + 1; k < tokens.Count && k <= opening + AppositionReach; k++)
        {
            if (tokens[k].Text == ",") return k > opening + 1 ? k : null;
            if (!MayStandInApposition(tokens, k)) return null;
        }
        return null;
    }

    /// <summary>Sentence adverbs that open a sentence capitalised and so look like a one-word name: "Meanwhile, …".</summary>
    private static readonly HashSet<string> SentenceAdverbs = new(StringComparer.Ordinal)
    {
        "meanwhile", "instead", "elsewhere", "indeed", "nevertheless", "similarly", "likewise", "overall", "finally", "moreover",
        "furthermore", "additionally", "again", "here", "there", "yesterday", "today", "separately", "earlier", "later", "however",
    };

    /// <summary>
    /// The name before an apposition opened at <paramref name="opening"/>: "Gene Sperling" in '"…," Gene Sperling, a top Clinton
    /// adviser, said'. It must end on a capitalised word and open its clause (the sentence's start, a quote's close or a
    /// comma before it), so "In London, the minister, …" gives none.
    /// </summary>
    public static (int Start, int End)? NameBeforeApposition(TokenList tokens, int opening)
    {
        if (opening < 1 || Left(tokens, opening - 1) is not { } name) return null;
        var last = tokens[name.End];
        if (!last.IsCapitalized || IsDeterminer(last) || IsPronoun(last)) return null;
        if (name.Start == name.End && SentenceAdverbs.Contains(last.Lower)) return null;
        // "Lisa O. Monaco": an initial and its point, and the first name before them, belong to the name.
        int start = name.Start;
        while (start >= 2 && tokens[start - 1].Text == "." && tokens.TouchesPrevious(start - 1) && tokens[start - 2].IsCapitalized)
        {
            start -= 2;
            if (start >= 1 && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalized) start--;
        }
        int before = start - 1;
        while (before >= 0 && tokens[before].Text is "\"" or "”" or "’" or "'" or "“") before--;
        return before < 0 || before < start - 1 || tokens[before].Text is "," or ";" or ":" ? (start, name.End) : null;
    }

    /// <summary>The source phrase starting at token <paramref name="start"/>, walking right; (start, end inclusive) or null.</summary>
    public static (int Start, int End)? Right(TokenList tokens, int start, int maxWords = 10)
    {
        if (start >= tokens.Count) return null;
        // An age or size before the name, with no determiner: 'said 20-year-old politics student Nia Vaughan'.
        bool descriptorFirst = tokens[start].Kind == TokenKind.Number && IsJoiningHyphen(tokens, start + 1);
        if (!tokens[start].IsWord && !descriptorFirst) return null;
        if (IsPronoun(tokens[start])) return (start, start);
        int end = start;
        while (end + 1 < tokens.Count && end - start < maxWords)
        {
            var t = tokens[end + 1];
            if (t.IsWord && (!IsStop(t) || t.IsCapitalized && tokens[end].IsCapitalized && IsCapitalizedName(tokens, end + 1)))
            {
                if (t.Lower is "and" && !(end + 2 < tokens.Count && tokens[end + 2].IsCapitalized)) break;
                end++;
                continue;
            }
            if (t.Kind == TokenKind.Number) { end++; continue; }
            if (IsJoiningHyphen(tokens, end + 1)) { end++; continue; } // "the 28-year-old Morientes"
            if (t.Text is "(" or ")") break;
            break;
        }
        return (start, end);
    }

    /// <summary>
    /// The name starting at the capitalised token <paramref name="start"/>: its capitalised words, with "of", "for", "the" or
    /// "and" between two of them ("Bank of England", "Marks and Spencer"); (start, end inclusive).
    /// </summary>
    public static (int Start, int End) NameRun(TokenList tokens, int start)
    {
        int end = start;
        while (end + 1 < tokens.Count)
        {
            var next = tokens[end + 1];
            if (next.IsWord && next.IsCapitalized) { end++; continue; }
            if (next.IsWord && next.Lower is "of" or "for" or "the" or "and" && end + 2 < tokens.Count && tokens[end + 2].IsWord && tokens[end + 2].IsCapitalized)
            {
                end += 2;
                continue;
            }
            break;
        }
        return (start, end);
    }
}
