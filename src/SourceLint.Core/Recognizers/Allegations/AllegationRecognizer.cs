using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Recognizers.Attribution;
using SourceLint.Core.Text;

namespace SourceLint.Core.Recognizers.Allegations;

/// <summary>
/// Finds accusations of a crime, an atrocity or responsibility for an attack made against an
/// identifiable person or group: "JNIM carried out the attack", "The mayor embezzled $2m". An
/// unidentified actor ("gunmen") is no accusation against anyone; court findings are noted separately.
/// </summary>
public sealed class AllegationRecognizer(LexiconSet lexicons)
{
    private readonly PhraseMatcher _verbs = lexicons.Phrases(LexiconNames.AllegationVerbs);
    private readonly PhraseMatcher _convictions = lexicons.Phrases(LexiconNames.ConvictionPhrases);

    /// <summary>Heads of definite descriptions that name an identifiable person or body ("the mayor").</summary>
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "mayor", "president", "minister", "company", "firm", "group", "militants", "rebels", "soldiers", "troops", "army",
        "police", "officer", "officers", "suspect", "leader", "chief", "director", "government", "regime", "forces",
        "fighters", "gang", "militia", "husband", "wife", "father", "mother", "son", "daughter", "boss", "executive",
        "bank", "council", "party", "governor", "senator", "general", "commander", "chairman", "manager", "treasurer",
        "accountant", "official", "teacher", "priest", "doctor", "nurse", "guard", "guards", "coach", "businessman",
    };

    /// <summary>Words that head an event, not an agent: "The attack killed 30 soldiers" accuses no one.</summary>
    private static readonly HashSet<string> Events = new(StringComparer.Ordinal)
    {
        "attack", "attacks", "bomb", "bombs", "blast", "explosion", "fire", "storm", "crash", "virus", "disease", "raid",
        "violence", "fighting", "clashes", "war", "shelling", "strike", "strikes", "earthquake", "flood", "floods",
        "accident", "collision", "drought", "famine", "outbreak", "heatwave", "tsunami", "avalanche", "landslide", "hurricane",
    };

    public void Recognize(SentenceAnalysis sentence)
    {
        var tokens = sentence.Tokens;
        var words = sentence.LowerWords;
        // A sentence with no word that starts a conviction phrase or an allegation verb (most) has neither.
        if (!tokens.MayStartPhrase(_convictions) && !tokens.MayStartPhrase(_verbs)) return;
        // One pass for both lexicons, each word's form read once (what the conviction test sets, the allegation
        // test never reads).
        for (int w = 0; w < words.Count; w++)
        {
            var form = words.Form(w);
            if (_convictions.MatchAt(words, w, form) > 0) sentence.HasConviction = true;
            int len = _verbs.MatchAt(words, w, form);
            if (len == 0) continue;
            int verb = words.TokenIndex(w), verbEnd = words.TokenIndex(w + len - 1);
            if (tokens[verb].Text != tokens[verb].Lower) continue; // a capitalised word is a name or a heading
            if (sentence.InsideQuote(tokens[verb].Span)) continue;
            if (verbEnd + 1 < tokens.Count && tokens[verbEnd + 1].Lower is "off" or "time" or "it" or "themselves" or "himself" or "herself") continue; // "killed off", "killed time"
            if (words[w] == "committed" && !(w + 1 < words.Count && words[w + 1] is "the" or "a" or "an" or "crimes" or "fraud" or "murder" or "atrocities" or "war")) continue;
            if (words[w] == "carried" && !(verbEnd + 1 < tokens.Count && ObjectMentionsViolence(tokens, verbEnd + 1))) continue;
            int p = verb - 1;
            while (p >= 0 && tokens[p].IsWord && NounPhrases.Interveners.Contains(tokens[p].Lower)) p--;
            if (p < 0 || !tokens[p].IsWord) continue;
            if (tokens[p].Lower is "was" or "were" or "been" or "be" or "is" or "are" or "being" or "to" or "who" or "which" or "that") continue; // passives and relative clauses
            var subject = NounPhrases.Left(tokens, p);
            if (subject is not { } sj) continue;
            if (!IsIdentifiable(tokens, sj.Start, sj.End, sentence.Span.Start)) continue;
            int objectEnd = verbEnd;
            var obj = NounPhrases.Right(tokens, verbEnd + 1, maxWords: 6);
            if (obj is { } o)
            {
                objectEnd = o.End;
                for (int k = o.Start; k <= o.End; k++) if (tokens[k].Lower is "and" or "in" or "on" or "at") { objectEnd = k - 1; break; }
            }
            var span = TextSpan.FromBounds(tokens[sj.Start].Span.Start, tokens[Math.Max(objectEnd, verbEnd)].Span.End);
            var actor = TextSpan.FromBounds(tokens[sj.Start].Span.Start, tokens[sj.End].Span.End);
            sentence.Allegations.Add(new Allegation(span, sentence.TextOf(span), actor, words[w]));
        }
    }

    private static bool ObjectMentionsViolence(TokenList tokens, int from)
    {
        for (int k = from; k < tokens.Count && k < from + 5; k++)
            if (tokens[k].Lower is "attack" or "attacks" or "bombing" or "bombings" or "raid" or "raids" or "massacre" or "killing" or "killings" or "assassination" or "kidnapping" or "ambush" or "assault" or "shooting" or "atrocities" or "strike" or "strikes")
                return true;
        return false;
    }

    /// <summary>A named actor (a capitalised word that is not just the sentence's first word or a demonym) or a definite role ("the mayor").</summary>
    private static bool IsIdentifiable(TokenList tokens, int start, int end, int sentenceStart)
    {
        string head = tokens[end].Lower;
        if (Events.Contains(head) || NounPhrases.Pronouns.Contains(head)) return false;
        for (int k = start; k <= end; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || !t.IsCapitalized) continue;
            if (t.Span.Start == sentenceStart && NounPhrases.IsDeterminer(t)) continue;
            if (t.Lower.EndsWith("ist", StringComparison.Ordinal) || t.Lower.EndsWith("ian", StringComparison.Ordinal) || t.Lower.EndsWith("ese", StringComparison.Ordinal) || t.Lower.EndsWith("ish", StringComparison.Ordinal) || t.Lower.EndsWith("ic", StringComparison.Ordinal)) continue;
            if (t.Span.Start == sentenceStart && k == end && !Roles.Contains(head)) { }
            return true;
        }
        return tokens[start].Lower is "the" or "his" or "her" or "their" && Roles.Contains(head);
    }
}
