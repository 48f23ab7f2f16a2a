using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Text;

namespace SourceLint.Core.Recognizers.Framing;

/// <summary>
/// Finds how sure a sentence is of itself: hedges ("reportedly", "may", "appeared to"), boosters
/// ("showed", "confirmed", "clearly") and unverified signals ("has not been confirmed", "unverified").
/// </summary>
public sealed class FramingRecognizer(LexiconSet lexicons)
{
    private readonly PhraseMatcher _hedges = lexicons.Phrases(LexiconNames.Hedges);
    private readonly PhraseMatcher _boosters = lexicons.Phrases(LexiconNames.Boosters);
    private readonly PhraseMatcher _signals = lexicons.Phrases(LexiconNames.UnverifiedSignals);
    private readonly Vocabulary _vocabulary = lexicons.Vocabulary;

    /// <summary>
    /// The three lexicons' bits in <see cref="WordForm.PhraseStarts"/>: a word of this lexicon set's vocabulary with
    /// none of them starts no signal, hedge or booster (most words), and is passed over with one test instead of three.
    /// </summary>
    private readonly uint _startBits = lexicons.Phrases(LexiconNames.UnverifiedSignals).Bit
        | lexicons.Phrases(LexiconNames.Hedges).Bit | lexicons.Phrases(LexiconNames.Boosters).Bit;

    public void Recognize(SentenceAnalysis sentence)
    {
        var tokens = sentence.Tokens;
        var words = sentence.LowerWords;
        int signalEnd = -1;
        // A sentence none of whose words starts a signal, hedge or booster (most) is passed over without reading its words.
        bool mayMatch = tokens.MayStartPhrase(_signals) || tokens.MayStartPhrase(_hedges) || tokens.MayStartPhrase(_boosters);
        for (int w = 0; mayMatch && w < words.Count; w++)
        {
            int at = words.TokenIndex(w);
            var form = tokens[at].Form;
            if (ReferenceEquals(form.Owner, _vocabulary) && (form.PhraseStarts & _startBits) == 0) continue;
            int len = _signals.MatchAt(words, w, form);
            if (len > 0 && IsSignalUse(tokens, at, words[w]))
            {
                sentence.UnverifiedSignals.Add(MarkerOf(sentence, tokens, at, words.TokenIndex(w + len - 1)));
                signalEnd = w + len;
            }
            len = _hedges.MatchAt(words, w, form);
            if (len > 0 && IsHedgeUse(tokens, at))
                sentence.Hedges.Add(MarkerOf(sentence, tokens, at, words.TokenIndex(w + len - 1)));
            len = _boosters.MatchAt(words, w, form);
            if (len > 0 && w >= signalEnd && IsBoosterUse(tokens, at))
                sentence.Boosters.Add(MarkerOf(sentence, tokens, at, words.TokenIndex(w + len - 1)));
        }
        // "X claims …": the party's own claim is an unverified signal (a noun "the claims" is not).
        for (int i = 1; i < tokens.Count; i++)
        {
            // The span's length first: it is the token's own, so the other words cost no read of their text.
            if (tokens[i].Span.Length == 6 && tokens[i].Lower == "claims" && tokens[i - 1].IsWord && tokens[i - 1].Lower is not ("the" or "a" or "these" or "those" or "its" or "his" or "her" or "their" or "such" or "similar" or "of" or "new"))
                sentence.UnverifiedSignals.Add(MarkerOf(sentence, tokens, i, i));
        }
    }

    /// <summary>"May" the month and "may" the modal: only lower-case is a hedge. "Could"/"might" in questions are still hedges.</summary>
    private static bool IsHedgeUse(TokenList tokens, int i)
    {
        var t = tokens[i];
        if (t.Text == "May") return false;
        // "claimed" as a reporting verb with a subject is attribution, not a hedge, unless it is "claimed to".
        if (t.Lower == "claimed") return i + 1 < tokens.Count && tokens[i + 1].Lower == "to";
        if (t.Lower is "suggests" or "suggested") return false; // a document verb; counted as attribution
        return true;
    }

    private static bool IsSignalUse(TokenList tokens, int i, string word)
    {
        if (tokens[i].Text == "Disputed" && i > 0) return false;
        // "denied" with an object is a party's denial; "was denied entry", "were twice denied visas" are not signals.
        if (word is "denied" or "denies" or "deny")
        {
            int k = i - 1;
            while (k > 0 && IsAdverbBeforeVerb(tokens[k])) k--;
            return !(k >= 0 && tokens[k].Lower is "was" or "were" or "been" or "be" or "is" or "are");
        }
        return true;
    }

    /// <summary>An adverb between an auxiliary and its verb: "were twice denied", "was initially denied".</summary>
    private static bool IsAdverbBeforeVerb(Token t) =>
        t.IsWord && !t.IsCapitalized && (t.Lower is "twice" or "once" or "also" or "again" or "not" or "never" or "since" or "later" or "then"
            || t.Lower.Length > 4 && t.Lower.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>A booster is a verb or adverb of certainty; "the figures shown" or "shows" as a noun are not.</summary>
    private static bool IsBoosterUse(TokenList tokens, int i)
    {
        if (i > 0 && tokens[i - 1].Lower is "the" or "a" or "tv" or "game" or "talent" or "chat" or "road" or "fashion" or "trade" or "motor" or "air")
            return false;
        if (tokens[i].Lower is "shows" && i > 0 && !tokens[i - 1].IsWord) return false;
        return true;
    }

    private static Marker MarkerOf(SentenceAnalysis sentence, TokenList tokens, int first, int last)
    {
        var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
        return new Marker(span, sentence.TextOf(span));
    }
}
