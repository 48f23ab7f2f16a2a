using System.Collections.Frozen;
using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Text;

namespace SourceLint.Core.Recognizers.Attribution;

/// <summary>
/// A speech act named by a noun whose possessor (or issuer) is the speaker of the quote it governs: "Mr Rees's suggestion that
/// drivers should '…'", "His advice to one candidate was to '…'", "It issued a statement that '…'". Part of the
/// <see cref="AttributionRecognizer"/>'s pass over a sentence; only ever with a quote.
/// </summary>
internal static class SpeechNounAttribution
{
    /// <summary>Nouns for something said, whose possessor is the speaker of the quote they govern: "Mr Lloyd's suggestion that …" (Lexicons/speech-nouns.txt).</summary>
    private static readonly FrozenSet<string> SpeechNouns = LexiconSet.ReadWordList(LexiconNames.SpeechNouns);

    /// <summary>One of <see cref="SpeechNouns"/> (<see cref="WordTraits.SpeechNoun"/>, which the recognizer reads).</summary>
    internal static bool IsSpeechNoun(string lower) => SpeechNouns.Contains(lower);

    /// <summary>
    /// A speech act named by a noun with its speaker as possessor, governing a quote: "thrown by Mr Rees's suggestion that
    /// drivers should "…"", "His advice to one candidate was to "…"". rules.md's lexicon is open-ended; a noun of saying
    /// ties its possessor to the quote as the verb would ("Mr Rees suggested that …"). Only with a quote: "the mayor's
    /// claim" alone attributes no figure.
    /// </summary>
    public static void Find(SentenceAnalysis sentence, TokenList tokens, List<TextSpan> clauses, bool[] used, LexiconSet lexicons)
    {
        if (sentence.Quotes.Count == 0) return;
        // "The minister's statement that … "once in a while" has diverted attention, it has been claimed": the speaker of
        // a quote inside the claim is not the claim's source; the weasel phrase stays its only one (SL103).
        foreach (var a in sentence.Attributions) if (a.IsWeasel) return;
        if (!tokens.MayHave(WordTraits.SpeechNoun, lexicons.Vocabulary)) return;
        for (int i = 1; i < tokens.Count; i++)
        {
            if (used[i] || !tokens[i].IsWord || !tokens[i].Form.Has(WordTraits.SpeechNoun)) continue;
            if (sentence.InsideQuote(tokens[i].Span) || !OpensItsContent(tokens, i) || !AttributionRecognizer.GovernsAQuote(sentence, tokens, i)) continue;
            if (QuoteStandsPastItsContent(sentence, tokens, i)) continue;
            // "It issued a statement that "…"": an issued statement speaks for its issuer.
            if ((SpeakerOfSpeechNoun(tokens, i - 1) ?? AttributionRecognizer.IssuerOfDocument(tokens, i - 1, i, lexicons)) is not { } speaker || used[speaker.End]) continue;
            AttributionRecognizer.Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, i, speaker.Start, speaker.End);
        }
    }

    /// <summary>
    /// The speech noun's content follows it: "suggestion that …", "advice … was to", "description of him as", "verdict on
    /// the scheme was", or the quote itself. ("The report's warning came a week after "…"": what follows is no content.)
    /// </summary>
    private static bool OpensItsContent(TokenList tokens, int noun)
    {
        int lastLinker = -1;
        for (int k = noun + 1; k < tokens.Count && k <= noun + SpeechNounContentReach; k++)
        {
            var t = tokens[k];
            if (t.Lower is "that" or "was" or "is" or "were" or "are" or "as" || t.Text is ":" or "\"" or "“" or "‘") return true;
            // Step over a phrase that says whom it was for or what it was on: "for one young contestant", "on the scheme".
            if (t.IsWord && ContentLinkers.Contains(t.Lower)) lastLinker = k;
            else if (!t.IsWord || lastLinker < 0 || k - lastLinker > 2) return false;
        }
        return false;
    }

    /// <summary>Auxiliaries and copulas that open a clause's verb: counting them tells the content's verb from the sentence's. (Not "have", often a bare infinitive: "would go have to".)</summary>
    private static readonly HashSet<string> FiniteAuxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "will", "would", "could", "should", "can", "must", "might",
    };

    /// <summary>Words that continue a verb group rather than open another one ("would not have been").</summary>
    private static readonly HashSet<string> VerbGroupWords = new(StringComparer.Ordinal) { "not", "never", "n't", "also", "still", "been", "be", "have", "being" };

    /// <summary>
    /// "The chancellor's announcement that he was to offer a rebate was merely a "sticking plaster"": the speech noun heads the
    /// sentence's subject and its content is the that-clause; the quote stands past that clause, in the predicate, where
    /// someone else (here a critic in the paragraph before) judges the announcement. A second verb group before the quote,
    /// with no conjunction that could coordinate it into the content ("that drivers should slow down and that councils
    /// should "…""), is the sentence's own verb.
    /// </summary>
    private static bool QuoteStandsPastItsContent(SentenceAnalysis sentence, TokenList tokens, int noun)
    {
        if (noun + 1 >= tokens.Count || tokens[noun + 1].Lower != "that") return false;
        int groups = 0;
        bool inGroup = false;
        for (int k = noun + 2; k < tokens.Count && k <= noun + AttributionRecognizer.GovernedQuoteReach; k++)
        {
            var t = tokens[k];
            if (sentence.InsideQuote(t.Span)) return false; // the quote opens inside the content
            if (t.Lower is "and" or "or" or "but" or "which" or "who" || t.Text is "," or ";") return false;
            if (FiniteAuxiliaries.Contains(t.Lower))
            {
                if (!inGroup && ++groups == 2) return true;
                inGroup = true;
            }
            else if (!VerbGroupWords.Contains(t.Lower)) inGroup = false;
        }
        return false;
    }

    /// <summary>Prepositions, determiners and pronouns of a phrase between a speech noun and its content.</summary>
    private static readonly HashSet<string> ContentLinkers = new(StringComparer.Ordinal)
    {
        "to", "for", "of", "on", "about", "the", "a", "an", "this", "one", "its", "his", "her", "their", "him", "them",
    };

    /// <summary>How many words may stand between a speech noun and what opens its content ("His advice to one young contestant was to").</summary>
    private const int SpeechNounContentReach = 6;

    /// <summary>The possessor before a speech noun: "his", "her", "their" (a pronoun, as "he said" is), or a name in the possessive ("Mr Rees's", "the council's", "Jones'").</summary>
    private static (int Start, int End)? SpeakerOfSpeechNoun(TokenList tokens, int before)
    {
        var t = tokens[before];
        if (!t.IsWord) return null;
        if (t.Lower is "his" or "her" or "their") return (before, before);
        if (!t.IsPossessive || t.Lower is "it's" or "it’s" or "that's" or "that’s" or "there's" or "there’s" or "what's" or "what’s") return null;
        return NounPhrases.Left(tokens, before) is { } np && !AttributionRecognizer.NotSources.Contains(tokens[np.Start].Lower) ? np : null;
    }
}
