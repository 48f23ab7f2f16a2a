using System.Collections.Frozen;
using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Recognizers.Sources;
using SourceLint.Core.Text;
using AttributionModel = SourceLint.Core.Analysis.Attribution;

namespace SourceLint.Core.Recognizers.Attribution;

/// <summary>
/// Finds the attributions of one sentence: a source tied to the statement by a reporting expression
/// (verbs of saying, "according to", "citing", a document with a verb of showing, "X said:", a link),
/// and weasel phrases that only look like one. Each attribution governs its clause (see <see cref="ClauseBoundaries"/>).
/// An instance keeps scratch space for the sentence at hand, so it serves one analysis at a time.
/// </summary>
public sealed class AttributionRecognizer
{
    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "is", "are", "was", "were", "been", "being", "be" };

    /// <summary>Verb forms that are also common nouns: only a verb when no determiner precedes them.</summary>
    private static readonly HashSet<string> NounLike = new(StringComparer.Ordinal)
    {
        "report", "reports", "claim", "claims", "comment", "comments", "estimate", "estimates", "forecast", "forecasts",
        "post", "posts", "note", "notes", "warning", "reply", "promise", "promises", "pledge", "pledges", "quote", "quotes",
        "thought", "statement", "record", "records", "signal", "signals", "hint", "hints", "joke", "jokes", "remark", "remarks",
        "project", "projects", "put", "puts", "ask", "deal", "brief", "briefs", "mention", "caution", "stress", "vow", "vows",
        "tweet", "tweets", "testify", "welcome", "denial", "concern", "add", "adds", "shout", "observe", "list", "lists", "cite",
        "label", "labels", "praise", "mock", "reason", "reasons", "credit", "credits", "reference", "references", "chant", "chants",
        "states",
    };

    private static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "of", "no", "any",
        "every", "each", "such", "new", "latest", "first", "last", "official", "annual", "recent", "final", "another",
    };

    /// <summary>Subjects that do not make a source ("There said" never happens; "which said" refers back).</summary>
    internal static readonly HashSet<string> NotSources = new(StringComparer.Ordinal) { "there", "which", "that", "what", "who" };

    private readonly LexiconSet _lexicons;
    private readonly PhraseMatcher _weasels;
    private readonly UnnamedSourceRecognizer _unnamed;

    /// <summary>Scratch for one sentence at a time: its clauses and which tokens are used.</summary>
    private readonly List<TextSpan> _clauses = new();
    private bool[] _used = new bool[64];

    public AttributionRecognizer(LexiconSet lexicons)
    {
        _lexicons = lexicons;
        _weasels = lexicons.Phrases(LexiconNames.WeaselPhrases);
        _unnamed = new UnnamedSourceRecognizer(lexicons);
    }

    public void Recognize(SentenceAnalysis sentence)
    {
        var tokens = sentence.Tokens;
        var clauses = _clauses;
        ClauseBoundaries.Clauses(sentence, clauses);
        // Tokens already part of a cue or source. Reused from sentence to sentence (a recognizer serves one analysis at a time).
        if (_used.Length < tokens.Count) _used = new bool[Math.Max(tokens.Count, 2 * _used.Length)];
        var used = _used;
        Array.Clear(used, 0, tokens.Count);
        FindWeasels(sentence, tokens, clauses, used);
        FindAccordingTo(sentence, tokens, clauses, used);
        FindReportingVerbs(sentence, tokens, clauses, used);
        SpeechNounAttribution.Find(sentence, tokens, clauses, used, _lexicons);
        FindDocuments(sentence, tokens, clauses, used);
        PollsReadIn.Find(sentence, tokens, clauses, used, _lexicons);
        FindPronounDocuments(sentence, tokens, clauses, used, _lexicons);
        FindColonQuotes(sentence, tokens, _lexicons);
        FindLinks(sentence);
        if (sentence.Scope == Documents.ProseScope.Headline) FindHeadlineQuotes(sentence);
        // "reportedly" is only vague when nothing in the sentence names a source.
        if (sentence.HasRealAttribution)
            sentence.Attributions.RemoveAll(IsReportedlyWeasel);
        foreach (var a in sentence.Attributions)
            if (a.SourceSpan is { } span) _unnamed.Classify(sentence, a, span);
    }

    private void FindWeasels(SentenceAnalysis sentence, TokenList tokens, List<TextSpan> clauses, bool[] used)
    {
        // A sentence with no word that starts a weasel phrase or a single-word cue has none (most sentences).
        if (!tokens.MayStartPhrase(_weasels) && !tokens.MayHave(WordTraits.WeaselCue, _lexicons.Vocabulary)) return;
        var words = sentence.LowerWords;
        for (int w = 0; w < words.Count; w++)
        {
            int len = _weasels.MatchAt(words, w);
            int first = words.TokenIndex(w);
            if (len > 0)
            {
                int last = words.TokenIndex(w + len - 1);
                // "Military sources said", "BBC reports said": a described or named source is not a weasel.
                if (words[w] is "sources" or "reports" or "experts" or "critics" or "observers" or "people" && first > 0 && tokens[first - 1].IsWord
                    && tokens[first - 1].Lower is not ("some" or "and" or "but" or "many" or "other"))
                    continue;
                if (InsideQuote(sentence, tokens[first].Span)) continue;
                AddWeasel(sentence, tokens, clauses, used, first, last);
                w += len - 1;
                continue;
            }
            // Most words start no single-word cue: their form says so without comparing the word.
            if (!tokens[first].Form.Has(WordTraits.WeaselCue)) continue;
            if (words[w] == "reportedly" && !InsideQuote(sentence, tokens[first].Span))
                AddWeasel(sentence, tokens, clauses, used, first, first);
            else if (words[w] is "is" or "are" or "was" or "were" && w + 2 < words.Count && words[w + 1] == "reported" && words[w + 2] == "to")
                AddWeasel(sentence, tokens, clauses, used, words.TokenIndex(w), words.TokenIndex(w + 2));
        }
    }

    /// <summary>The words <see cref="FindWeasels"/> tests outside the phrase lexicon (<see cref="WordTraits.WeaselCue"/>): keep the two in step.</summary>
    internal static bool MayStartWeaselCue(string lower) => lower is "reportedly" or "is" or "are" or "was" or "were";

    private static void AddWeasel(SentenceAnalysis sentence, TokenList tokens, List<TextSpan> clauses, bool[] used, int first, int last)
    {
        var cue = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
        for (int k = first; k <= last; k++) used[k] = true;
        sentence.Attributions.Add(new AttributionModel(AttributionKind.Weasel, cue, null, sentence.TextOf(cue)) { Scope = ClauseOf(clauses, cue.Start, sentence) });
    }

    /// <summary>The words <see cref="FindAccordingTo"/> starts a cue at (<see cref="WordTraits.AccordingCue"/>): keep the two in step.</summary>
    internal static bool MayStartAccordingCue(string lower) => lower is "according" or "in" or "citing" or "quoted" or "cited" or "reported" or "per";

    private void FindAccordingTo(SentenceAnalysis sentence, TokenList tokens, List<TextSpan> clauses, bool[] used)
    {
        if (!tokens.MayHave(WordTraits.AccordingCue, _lexicons.Vocabulary)) return; // no word a cue starts with
        for (int i = 0; i < tokens.Count; i++)
        {
            // Most tokens start no cue: their form says so without comparing them with each cue word below.
            if (!tokens[i].Form.Has(WordTraits.AccordingCue)) continue;
            int after;
            if (tokens[i].Lower == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to") after = i + 2;
            else if (tokens[i].Lower == "in" && i + 4 < tokens.Count && tokens[i + 1].Lower == "the" && tokens[i + 2].Lower == "words" && tokens[i + 3].Lower == "of") after = i + 4;
            else if (tokens[i].Lower == "in" && !InsideQuote(sentence, tokens[i].Span) && InPossessorsWords(tokens, i) is { } words)
            {
                // "in the mayor's words", "in his own words": the possessor is the source ("in my view" inside a quote names nobody).
                AddWordsOf(sentence, clauses, used, i, words.Possessor, words.Words);
                continue;
            }
            else if (tokens[i].Lower == "citing") after = i + 1;
            // "…, per the party's bylaws", "…, per Reuters": "per" after a comma, before a source ("$5 per hour" has no comma).
            else if (tokens[i].Lower == "per" && i > 0 && IsCommaOrQuotedComma(tokens, i - 1) && i + 1 < tokens.Count
                && (tokens[i + 1].Lower == "the" || tokens[i + 1].IsCapitalized || tokens[i + 1].IsPossessive || PossessivePronouns.Contains(tokens[i + 1].Lower))) after = i + 1;
            else if (tokens[i].Lower is "quoted" or "cited" or "reported" && i + 1 < tokens.Count && tokens[i + 1].Lower == "by" && i > 0 && !tokens[i - 1].IsWord) after = i + 2;
            else continue;
            var np = NounPhrases.Right(tokens, after);
            if (np is null) continue;
            var (s, e) = np.Value;
            for (int k = i; k <= e; k++) used[k] = true;
            var cue = TextSpan.FromBounds(tokens[i].Span.Start, tokens[after - 1].Span.End);
            var source = TextSpan.FromBounds(tokens[s].Span.Start, tokens[e].Span.End);
            sentence.Attributions.Add(new AttributionModel(AttributionKind.AccordingTo, cue, source, sentence.TextOf(source))
            {
                Scope = ClauseOf(clauses, cue.Start, sentence),
            });
        }
    }

    private static readonly HashSet<string> PossessivePronouns = new(StringComparer.Ordinal) { "his", "her", "their", "its", "my", "our" };

    /// <summary>
    /// "in Forbes' words", "in the mayor's words", "in his own words", "in her view", "in his eyes": the tokens
    /// that name the possessor, and the index of "words" (or "view", "opinion", "eyes"). At most five tokens between.
    /// </summary>
    private static ((int Start, int End) Possessor, int Words)? InPossessorsWords(TokenList tokens, int at)
    {
        for (int w = at + 2; w < tokens.Count && w <= at + 6; w++)
        {
            if (tokens[w].Lower is not ("words" or "view" or "opinion" or "eyes")) { if (!tokens[w].IsWord && tokens[w].Text is not ("'" or "’")) return null; continue; }
            int end = w - 1;
            if (tokens[end].Lower == "own") end--;
            if (end <= at) return null;
            bool possessive = PossessivePronouns.Contains(tokens[end].Lower) && end == at + 1
                || tokens[end].IsPossessive
                || tokens[end].Text is "'" or "’" && end - 1 > at && tokens[end - 1].IsWord;
            if (!possessive) return null;
            return ((at + 1, tokens[end].IsWord ? end : end - 1), w);
        }
        return null;
    }

    private static void AddWordsOf(SentenceAnalysis sentence, List<TextSpan> clauses, bool[] used, int cueStart, (int Start, int End) possessor, int cueEnd)
    {
        var tokens = sentence.Tokens;
        for (int k = cueStart; k <= cueEnd; k++) used[k] = true;
        var cue = TextSpan.FromBounds(tokens[cueStart].Span.Start, tokens[cueEnd].Span.End);
        var source = TextSpan.FromBounds(tokens[possessor.Start].Span.Start, tokens[possessor.End].Span.End);
        sentence.Attributions.Add(new AttributionModel(AttributionKind.AccordingTo, cue, source, sentence.TextOf(source))
        {
            Scope = ClauseOf(clauses, cue.Start, sentence),
            IsPronoun = possessor.Start == possessor.End && PossessivePronouns.Contains(tokens[possessor.Start].Lower),
        });
    }

    private void FindReportingVerbs(SentenceAnalysis sentence, TokenList tokens, List<TextSpan> clauses, bool[] used)
    {
        if (!tokens.MayHave(WordTraits.ReportingCue, _lexicons.Vocabulary)) return; // no word a cue starts with
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || used[i]) continue;
            // Most words start no cue: their form says so without comparing or hashing them against the lists below.
            if (!_lexicons.Has(t, WordTraits.ReportingCue)) continue;
            // "the Washington Post", "the Manhattan Project", "a Severe Weather Warning": inside running prose a verb is never
            // capitalised, so a capitalised cue word there is part of a name.
            if (IsNameWordInProse(tokens, i)) continue;
            // "pointed out" (rules.md's own example) and "points out former Olympian Steve Cram": the particle is part of the cue.
            int cueEnd = i + 1 < tokens.Count && (t.Lower is "point" or "points" or "pointed" or "pointing" && tokens[i + 1].Lower == "out"
                || t.Lower is "fired" or "fires" or "hit" or "hits" && tokens[i + 1].Lower == "back"   // "Romney fired back …"
                || t.Lower is "chimed" or "chimes" or "chiming" && tokens[i + 1].Lower == "in"    // "Her friend Brittany Lockwood chimed in."
                || t.Lower is "put" or "puts" && tokens[i + 1].Lower == "it" && i + 2 < tokens.Count && tokens[i + 2].Text is "," or ":" // "As Vulture put it, '…'"
                || t.Lower is "went" or "goes" && tokens[i + 1].Lower == "on" && TagsAQuote(sentence, tokens, i, GoesOnReach)) // '"…?" Dyer went on'; not "went on to win"
                ? i + 1 : i;
            if (cueEnd == i && !_lexicons.Has(t, WordTraits.ReportingVerb) && !(QuoteTagVerbs.Contains(t.Lower) && TagsAQuote(sentence, tokens, i))
                && !(QuoteGoverningVerbs.Contains(t.Lower) && GovernsAQuote(sentence, tokens, i) && !IsRuledOut(tokens, i))
                && !ReportsAFinding(tokens, i)) continue;
            if (InsideQuote(sentence, t.Span)) continue;
            // "has not been confirmed by the authorities" says the opposite of an attribution.
            if (InsidePhraseSignal(sentence, t.Span)) continue;
            int prev = i - 1;
            if (prev >= 0 && NounLike.Contains(t.Lower) && tokens[prev].IsWord && (NounMarkers.Contains(tokens[prev].Lower) || tokens[prev].IsPossessive))
                continue;
            if (IsPluralNounBeforeItsVerb(tokens, i)) continue;
            // Speech announced ahead: "Mr Howard is expected to say that …", '"…," he was due to say.' A verb of saying in
            // another tense; the subject of "is expected" is the speaker (whoever expects it is not the source).
            if (ProspectiveSpeaker(tokens, prev) is { } ahead)
            {
                Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, i, ahead.Start, ahead.End);
                continue;
            }
            if (prev >= 0 && tokens[prev].Lower == "to" && !(prev >= 1 && tokens[prev - 1].Lower == "on"))
            {
                // "declined to comment" reports nothing; but "Others continued to warn that the “…”" and "she used
                // the rally to demand that “…”" quote the sentence's own subject, named or a pronoun.
                if (GovernsAQuote(sentence, tokens, i) && SentenceOpeningPhrase(tokens, prev) is { } doer && !NotSources.Contains(tokens[doer.Start].Lower)
                    && tokens[doer.Start].Lower is not ("it" or "this"))
                    Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, i, doer.Start, doer.End);
                continue;
            }
            if (t.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                // "…, saying …" reports the clause's own subject ("Mr Blair refused …, saying …");
                // "additional reporting by" is a credit line.
                if (i + 1 < tokens.Count && tokens[i + 1].Lower == "by") continue;
                // So does a participle after "while" or "when": "pummeled Trump as divisive while praising Clinton as a '…'".
                if (prev >= 0 && (IsCommaOrQuotedComma(tokens, prev) || tokens[prev].Lower is "while" or "when"))
                {
                    bool spokenBefore = HasAttributionBefore(sentence, t.Span.Start, reportingVerbOnly: false);
                    if (!spokenBefore && ClauseSubject(tokens, prev) is { } speaker) Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, i, speaker.Item1, speaker.Item2);
                    continue;
                }
                if (prev >= 0 && (!tokens[prev].IsWord || NounPhrases.IsDeterminer(tokens[prev]) || tokens[prev].Lower is "additional" or "further")) continue;
            }

            // Passive without an agent ("is expected", "was told") is not an attribution; with "by X" it is.
            int p = prev;
            while (p >= 0 && tokens[p].IsWord && NounPhrases.Interveners.Contains(tokens[p].Lower) && !PassiveAuxiliaries.Contains(tokens[p].Lower)) p--;
            // ("is telling customers that …" is progressive, not passive.)
            if (p >= 0 && tokens[p].IsWord && PassiveAuxiliaries.Contains(tokens[p].Lower) && t.Lower != "says" && !t.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                // "Anelka was quoted in a French newspaper as saying …", "Dixon was quoted by The Australian as saying …": the
                // subject is the speaker, whoever carried the words.
                if (t.Lower == "quoted" && i + 2 < tokens.Count && tokens[i + 1].Lower is "in" or "by" && NounPhrases.Right(tokens, i + 2) is { } outlet
                    && QuotedAsSaying.SayingAt(tokens, outlet.End + 1) is int saying && SubjectBefore(tokens, p) is { } quotedSubject)
                    Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, saying, quotedSubject.Start, quotedSubject.End);
                else if (i + 2 < tokens.Count && tokens[i + 1].Lower == "by" && NounPhrases.Right(tokens, i + 2) is { } agent)
                    Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, i + 1, agent.Start, agent.End);
                // "was called “one of the biggest pirates” by the sentencing judge", "were deemed “not in the best interests of the
                // company” by the board": the agent after the quoted words.
                else if (t.Lower is "called" or "described" or "branded" or "dubbed" or "labelled" or "labeled" or "deemed" && AgentAfterQuote(sentence, tokens, i) is { } late)
                    Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, i, late.Start, late.End);
                // "Louis Michel was quoted as saying …": the subject is the speaker.
                else if (t.Lower == "quoted" && i + 2 < tokens.Count && tokens[i + 1].Lower == "as" && tokens[i + 2].Lower is "saying" or "telling"
                    && SubjectBefore(tokens, p) is { } quoted)
                    Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, i + 2, quoted.Start, quoted.End);
                continue;
            }

            // "Mr Hale is alleged to have said that …": the quote's speaker is the subject, named; whoever
            // alleges it is another matter ("is reported to" stays a weasel phrase, found above).
            if (p >= 3 && tokens[p].Lower == "to" && tokens[p - 1].Lower is "alleged" or "said" && tokens[p - 2].Lower is "is" or "was" or "are" or "were"
                && i - 1 >= 0 && tokens[i - 1].Lower == "have" && SubjectBefore(tokens, p - 2) is { } alleged)
            {
                Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, i, alleged.Start, alleged.End);
                continue;
            }

            // "The England coach went on to claim that …": the subject of "went on".
            if (prev >= 2 && tokens[prev].Lower == "to" && tokens[prev - 1].Lower == "on" && tokens[prev - 2].Lower is "went" or "goes" or "go" or "going" or "gone"
                && SubjectBefore(tokens, prev - 2) is { } goesOn)
            {
                Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, i, goesOn.Start, goesOn.End);
                continue;
            }

            // Progressive: "The harbour master is telling visitors …": the subject stands before the auxiliary.
            if (t.Lower.EndsWith("ing", StringComparison.Ordinal) && p >= 1 && tokens[p].Lower is "is" or "are" or "was" or "were" or "been")
            {
                p--;
                while (p >= 0 && tokens[p].IsWord && NounPhrases.Interveners.Contains(tokens[p].Lower)) p--;
            }

            // "The Times quoted Mr Smith as saying …", '"…," Reuters quoted one trader as saying': the one quoted is the speaker,
            // the outlet only carries the words (as in "sources quoted by Reuters"), so an anonymous speaker is marked as such.
            if (t.Lower == "quoted" && QuotedAsSaying.Find(tokens, i) is ({ } quotedSpeaker, int sayingAt) && !NotSources.Contains(tokens[quotedSpeaker.Start].Lower))
            {
                Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, i, quotedSpeaker.Start, quotedSpeaker.End);
                used[sayingAt - 1] = used[sayingAt] = true;
                continue;
            }

            // "Laah Chong-gyu, executive director of the bank - one of the firm's creditors - said": the subject stands before the aside.
            if (p >= 2 && Asides.IsDash(tokens, p) && Asides.DashOpening(tokens, p) is int dashOpen) p = dashOpen - 1;
            // "Mike Huckabee, for his part, is labeling …", "Mr Lee, however, said": a circumstance between commas.
            else if (p >= 3 && tokens[p].IsMark(',') && Asides.CircumstanceOpening(tokens, p) is int commaOpen) p = commaOpen - 1;

            // Subject on the left: "X said", "X has said", "X, the minister, said".
            (int Start, int End)? subject = null;
            if (p >= 0 && tokens[p].IsWord && tokens[p].Lower is "but" or "and" && ClauseSubject(tokens, p) is { } coordinated) subject = coordinated;
            else if (p >= 0 && tokens[p].IsWord) subject = NounPhrases.Left(tokens, p);
            else if (p >= 0 && tokens[p].Text == ")" ) subject = LeftOfBrackets(tokens, p);
            // (The apposition may end on an abbreviation's point: "Mitch McConnell, R-Ky., said", "Elizabeth Warren, D-Mass., said".)
            else if (p >= 1 && tokens[p].Text == "," && (tokens[p - 1].IsWord || IsAbbreviationPointAt(tokens, p - 1)) && !IsQuoteEnd(tokens, p))
            {
                // "Gene Sperling, a top Clinton adviser, said", "Mr Lee, the party's leader, said": the name is the speaker, the
                // apposition only describes them (and beside a name, "a top adviser" is no anonymous source).
                subject = NounPhrases.AppositionOpening(tokens, p) is int opening && NounPhrases.NameBeforeApposition(tokens, opening) is { } named
                    ? named : NounPhrases.Left(tokens, p - 1);
            }
            // An age in apposition: "Nogar's son Stephen, 57, said".
            else if (p >= 3 && tokens[p].Text == "," && tokens[p - 1].Kind == TokenKind.Number && tokens[p - 2].Text == "," && tokens[p - 3].IsWord)
                subject = NounPhrases.Left(tokens, p - 3);
            // "minister Heizo Takenaka, who said …": the relative pronoun stands for the phrase before it; so does "that" right
            // after a noun ("ran a piece that noted …").
            if (p >= 1 && (tokens[p].Lower is "who" or "which" && (tokens[p - 1].IsWord || (tokens[p - 1].Text == "," && p >= 2 && tokens[p - 2].IsWord))
                || tokens[p].Lower is "that" && p == i - 1 && tokens[p - 1].IsWord && !tokens[p - 1].IsCapitalized && NounPhrases.Left(tokens, p - 1) is not null))
                subject = NounPhrases.Left(tokens, tokens[p - 1].IsWord ? p - 1 : p - 2);
            // "the International Air Transport Association (IATA), which has attacked …": the phrase before the brackets.
            else if (p >= 3 && tokens[p].Lower is "who" or "which" && tokens[p - 1].Text == "," && tokens[p - 2].Text == ")")
                subject = LeftOfBrackets(tokens, p - 2);
            if (subject is { } sj && NotSources.Contains(tokens[sj.Start].Lower) && sj.Start == sj.End) subject = null;
            if (subject is { } sj2 && sj2.Start == sj2.End && tokens[sj2.Start].Lower == "it" && i + 1 < tokens.Count && tokens[i + 1].Lower is "is" or "was") subject = null;

            // Inversion: '"…," said Mr Smith' or ', said the statement'.
            if (subject is null && (p < 0 || !tokens[p].IsWord) && cueEnd + 1 < tokens.Count)
                subject = NounPhrases.Right(tokens, cueEnd + 1, maxWords: 8);
            if (subject is null) continue;
            var (s, e) = subject.Value;
            // A subject that is a figure or a bare number is not a source ("30 said" never means a source).
            if (tokens[e].Kind == TokenKind.Number) continue;
            if (IssuerOfDocument(tokens, s, e, _lexicons) is { } issuer) (s, e) = issuer;
            Add(sentence, clauses, used, AttributionKind.ReportingVerb, i, cueEnd, s, e);
        }
    }

    /// <summary>
    /// "Mali's army issued a statement saying …", "Unilever put out a report saying …": a document someone issued speaks for
    /// its issuer, the source an editor asks about ("a statement" alone would make every statement in the draft one source).
    /// Only an indefinite document ("a statement", "a report") right after a verb of issuing, with a subject before it.
    /// </summary>
    internal static (int, int)? IssuerOfDocument(TokenList tokens, int start, int end, LexiconSet lexicons)
    {
        if (start < 2 || tokens[start].Lower is not ("a" or "an") || !lexicons.Has(tokens[end], WordTraits.DocumentSource)) return null;
        int verb = start - 1;
        if (tokens[verb].Lower == "out" && verb >= 1 && tokens[verb - 1].Lower is "put" or "puts") verb--;
        if (!IssuingVerbs.Contains(tokens[verb].Lower)) return null;
        int k = verb - 1;
        while (k >= 0 && tokens[k].IsWord && tokens[k].Lower is "has" or "have" or "had" or "also" or "later" or "then" or "quickly" or "swiftly") k--;
        if (k < 0 || !tokens[k].IsWord) return null;
        return NounPhrases.Left(tokens, k) is { } issuer && !NotSources.Contains(tokens[issuer.Start].Lower) ? issuer : null;
    }

    private static readonly HashSet<string> IssuingVerbs = new(StringComparer.Ordinal)
    {
        "issued", "issues", "released", "releases", "published", "publishes", "put", "puts", "sent", "sends", "posted", "posts",
        "made", "makes", "filed", "files",
    };

    /// <summary>
    /// "The 25 member states are expected to …", "Police reports were filed": a verb form that is also a plural noun
    /// (<see cref="NounLike"/>), right before a finite auxiliary, is that noun, the auxiliary's subject. (Other verbs of saying
    /// may stand there: "which President Chavez argues are needed".)
    /// </summary>
    private static bool IsPluralNounBeforeItsVerb(TokenList tokens, int i) =>
        tokens[i].Lower.EndsWith('s') && NounLike.Contains(tokens[i].Lower) && i + 1 < tokens.Count
        && tokens[i + 1].Lower is "are" or "were" or "have" or "had" or "will" or "would" or "can" or "could" or "should" or "must"
            or "may" or "might" or "do" or "did";

    /// <summary>
    /// A capitalised word in the middle of running prose: not the sentence's first word, nor the first after an opening
    /// quote mark, bracket, colon or dash, in a sentence whose lower-case words outnumber its capitalised ones (a Title
    /// Case headline capitalises its verbs: "Bank Says Profits Rose").
    /// </summary>
    private static bool IsNameWordInProse(TokenList tokens, int i)
    {
        if (!tokens[i].IsCapitalized) return false;
        int k = i - 1;
        while (k >= 0 && !tokens[k].IsWord && tokens[k].Kind != TokenKind.Number)
        {
            if (tokens[k].Text is ":" or ";" or "-" or "\u2013" or "\u2014" or "(" or "[" or "\"" or "“" or "‘" or "'" or "”" or "’") return false;
            k--;
        }
        if (k < 0) return false;
        int lower = 0, upper = 0;
        foreach (var t in tokens)
        {
            if (!t.IsWord) continue;
            if (t.IsCapitalized) upper++; else lower++;
        }
        return lower > upper;
    }

    /// <summary>"by X" right after a quote that follows the verb ("called “…” by the judge"): the passive's agent.</summary>
    private static (int Start, int End)? AgentAfterQuote(SentenceAnalysis sentence, TokenList tokens, int verb)
    {
        int k = verb + 1;
        if (k < tokens.Count && tokens[k].Lower == "as") k++;
        // "was branded a “dangerous product” by the watchdog", "was called the “fifth child” by the director".
        if (k < tokens.Count && tokens[k].Lower is "a" or "an" or "the" or "his" or "her" or "its" or "their") k++;
        if (k >= tokens.Count || !sentence.InsideQuote(tokens[k].Span)) return null; // the quote must follow the verb
        while (k < tokens.Count && (sentence.InsideQuote(tokens[k].Span) || tokens[k].Text is "," or "\"" or "”" or "’" or "'")) k++;
        return k + 1 < tokens.Count && tokens[k].Lower == "by" ? NounPhrases.Right(tokens, k + 1) : null;
    }

    /// <summary>Words that announce speech ahead between "is" and "to say": "is expected to", "was due to", "is set to".</summary>
    private static readonly HashSet<string> ProspectiveWords = new(StringComparer.Ordinal)
    {
        "expected", "due", "set", "scheduled", "poised", "going", "about",
    };

    /// <summary>
    /// The speaker of "X is expected / was due / is set to say": the subject before the auxiliary, when <paramref name="to"/>
    /// is the "to" of such a phrase.
    /// </summary>
    private static (int Start, int End)? ProspectiveSpeaker(TokenList tokens, int to)
    {
        if (to < 2 || tokens[to].Lower != "to" || !ProspectiveWords.Contains(tokens[to - 1].Lower)
            || tokens[to - 2].Lower is not ("is" or "was" or "are" or "were" or "'s" or "’s")) return null;
        return SubjectBefore(tokens, to - 2);
    }

    /// <summary>The subject phrase ending just before token <paramref name="verb"/> (after any comma-closed apposition).</summary>
    private static (int Start, int End)? SubjectBefore(TokenList tokens, int verb)
    {
        int k = verb - 1;
        if (k >= 1 && tokens[k].Text == ",") k--;
        var np = k >= 0 ? NounPhrases.Left(tokens, k) : null;
        return np is { } r && !NotSources.Contains(tokens[r.Start].Lower) ? r : null;
    }

    /// <summary>The subject at the start of the clause, for a verb coordinated with an earlier one ("Ms Brandt would not … but said").</summary>
    private static (int, int)? ClauseSubject(TokenList tokens, int conjunction)
    {
        int start = 0;
        for (int k = conjunction - 1; k > 0; k--)
        {
            if (k + 1 == conjunction && tokens[k].Text == ",") continue; // the comma of this very conjunction ("…, but now said")
            // ("The senator sought to calm them, and took a heckler in stride, saying …": a coordinated verb with no subject of
            // its own shares the clause's, further back.)
            if (tokens[k].Text == "," && k + 2 < conjunction && tokens[k + 1].Lower is "and" or "but" && !StartsASubject(tokens[k + 2])) continue;
            if (tokens[k].Text is ";" or ":" || (tokens[k].Text == "," && k + 1 < tokens.Count && tokens[k + 1].Lower is "and" or "but")) { start = k + 1; break; }
        }
        while (start < conjunction && !tokens[start].IsWord) start++;
        // Opening phrases before the subject: "In June 2009, after Clinton suffered a concussion, Axelrod emailed …".
        // (After one, the subject is as often in lower case: "In August, several environmental groups granted …, saying".)
        bool afterOpening = false;
        while (start < conjunction && SpeakerLeadIn.OpeningPhraseEnd(tokens, start) is int comma && comma + 1 < conjunction) { start = comma + 1; afterOpening = true; }
        if (start >= conjunction || !(tokens[start].IsCapitalized || NounPhrases.IsPronoun(tokens[start]) || afterOpening && tokens[start].IsWord && !NotSources.Contains(tokens[start].Lower)))
            return null;
        var np = NounPhrases.Right(tokens, start, maxWords: 6);
        // The phrase walks on over the verb when a name opens the clause; when it runs into a number ("ProPublica obtained a
        // video of the 28-minute speech and said"), which no source ends on, the name's capitalised words are the subject.
        if (np is { } run && tokens[start].IsCapitalized && !NounPhrases.IsDeterminer(tokens[start]) && ContainsNumber(tokens, run.Start, run.End))
            np = NounPhrases.NameRun(tokens, start);
        return np is { } r && r.End < conjunction ? r : null;
    }

    /// <summary>The point of an abbreviation written against its word: "Ky." in "R-Ky.", "C." in "D.C.".</summary>
    private static bool IsAbbreviationPointAt(TokenList tokens, int k) =>
        k >= 1 && tokens[k].Text == "." && tokens.TouchesPrevious(k) && tokens[k - 1].IsWord;

    private static bool ContainsNumber(TokenList tokens, int start, int end)
    {
        for (int k = start; k <= end; k++) if (tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }

    /// <summary>A word that may open a clause's subject: a pronoun, a name, a determiner or a number ("and took …" has none).</summary>
    private static bool StartsASubject(Token t) =>
        t.Kind == TokenKind.Number || t.IsWord && (t.IsCapitalized || NounPhrases.IsPronoun(t) || NounPhrases.IsDeterminer(t));

    private static (int, int)? LeftOfBrackets(TokenList tokens, int close)
    {
        int open = close - 1;
        while (open >= 0 && tokens[open].Text != "(") open--;
        if (open <= 0) return null;
        return NounPhrases.Left(tokens, open - 1);
    }

    /// <summary>
    /// A word <see cref="FindReportingVerbs"/> may start a cue at besides the reporting verbs (<see cref="WordTraits.ReportingCue"/>):
    /// a verb that tags or governs a quote, or the first word of a two-word cue. Keep in step with the cue's test there.
    /// </summary>
    internal static bool MayStartReportingCue(string lower) =>
        QuoteTagVerbs.Contains(lower) || QuoteGoverningVerbs.Contains(lower)
        || lower is "point" or "points" or "pointed" or "pointing" or "fired" or "fires" or "hit" or "hits" or "put" or "puts" or "went" or "goes"
        || lower is "chimed" or "chimes" or "chiming";

    /// <summary>
    /// Verbs that report speech only when they tag a quote: '"…," Rubio continued', '"…?" Hannity pressed',
    /// 'remembered Roy Verley, "…"'. Elsewhere they say nothing about a source ("prices continued to rise"). Lexicons/quote-tag-verbs.txt.
    /// </summary>
    private static readonly FrozenSet<string> QuoteTagVerbs = LexiconSet.ReadWordList(LexiconNames.QuoteTagVerbs);

    /// <summary>
    /// Speech acts that report when a quote follows them in their clause: 'Hewlett sniped that she was
    /// "learning on the job"', 'the institute questioned "the long-term future of …"', 'he spoke of "a new
    /// era"'. Without a quote they say nothing about a source ("the army attacked the town", "police
    /// questioned two men"), so figures never take them for an attribution. Lexicons/quote-governing-verbs.txt.
    /// </summary>
    private static readonly FrozenSet<string> QuoteGoverningVerbs = LexiconSet.ReadWordList(LexiconNames.QuoteGoverningVerbs);

    /// <summary>
    /// "found" reporting what its subject found out, as a document's "the survey found" does: "The Charlotte Observer found
    /// that 1 in 4 residents …", "…, Bloomberg found, raised $50 million", "…, The Post found." Only before "that" or in a tag
    /// (a comma or the sentence's end after it): "Police found 2,200 emails" finds things, and reports nothing.
    /// </summary>
    private static bool ReportsAFinding(TokenList tokens, int verb) =>
        tokens[verb].Lower == "found" && (verb + 1 < tokens.Count && tokens[verb + 1].Lower == "that" || EndsTheTag(tokens, verb));

    /// <summary>"ruled out amending the law, which allows "reasonable force"": a refusal, whose clause quotes someone else's words.</summary>
    private static bool IsRuledOut(TokenList tokens, int verb) =>
        tokens[verb].Lower == "ruled" && verb + 1 < tokens.Count && tokens[verb + 1].Lower == "out"
        // "worried" speaks only as "worried that …"; "nations worried about China" are only worried.
        || tokens[verb].Lower == "worried" && !(verb + 1 < tokens.Count && tokens[verb + 1].Lower == "that");

    /// <summary>The longest a verb's complement may run, in tokens, before the quote it governs opens.</summary>
    internal const int GovernedQuoteReach = 20;

    /// <summary>A quote opens after the verb within its reach, with no clause break (";", ".") in between.</summary>
    internal static bool GovernsAQuote(SentenceAnalysis sentence, TokenList tokens, int verb)
    {
        if (sentence.Quotes.Count == 0) return false;
        int verbEnd = tokens[verb].Span.End;
        for (int k = verb + 1; k < tokens.Count && k <= verb + GovernedQuoteReach; k++)
        {
            if (tokens[k].Text is ";" or "?" or "!") return false; // a "." here ends an abbreviation ("Mr.", "U.S.")
            if (tokens[k].Text is "\"" or "“" or "‘" or "'" && sentence.InsideQuote(tokens[k].Span) && tokens[k].Span.Start > verbEnd)
                foreach (var q in sentence.Quotes)
                    if (q.Span.Start == tokens[k].Span.Start) return true;
        }
        return false;
    }

    /// <summary>
    /// A reporting verb, or one that reports when it tags a quote (the colon or comma after it does the tagging). Each of
    /// these starts a reporting cue (<see cref="WordTraits.ReportingCue"/>), so a word without that bit is none of them
    /// and is not hashed against the two lists (this is asked of the word before every comma).
    /// </summary>
    private static bool IsVerbOfSaying(Token t, LexiconSet lexicons) =>
        t.IsWord && lexicons.Has(t, WordTraits.ReportingCue)
        && (lexicons.Has(t, WordTraits.ReportingVerb) || QuoteTagVerbs.Contains(t.Lower) || QuoteGoverningVerbs.Contains(t.Lower));

    /// <summary>
    /// How far (in tokens) after a closing quote mark a tag verb may stand: '"…?" a Democratic staffer in the room wondered'.
    /// "went on" keeps a shorter reach: '… its \'super size\' portions in the US after he went on a diet' tags nothing.
    /// </summary>
    private const int QuoteTagReach = 8, GoesOnReach = 6;

    /// <summary>The verb stands just after a quote mark ('…," X continued', '…," continued X') or just before "X:".</summary>
    private static bool TagsAQuote(SentenceAnalysis sentence, TokenList tokens, int verb, int reach = QuoteTagReach)
    {
        if (sentence.Quotes.Count == 0) return verb < reach && OpensRightAfterAQuote(sentence) && AllWordsBefore(tokens, verb) && EndsTheTag(tokens, verb);
        for (int k = verb - 1; k >= 0 && k >= verb - reach; k--)
            if (tokens[k].Text is "\"" or "”" or "’" or "'") return true;
        return verb + 1 < tokens.Count && tokens[verb + 1].Text == ":";
    }

    /// <summary>
    /// The sentence begins right after a quote that ended the sentence before ('"Would it be negotiable?" Hannity pressed.'): a
    /// tag of its own, whose verb tags that quote.
    /// </summary>
    private static bool OpensRightAfterAQuote(SentenceAnalysis sentence)
    {
        var text = sentence.Block.Text;
        int k = sentence.Span.Start - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k])) k--;
        return k >= 1 && text[k] is '"' or '”' or '’' or '\'' && text[k - 1] is '?' or '!' or '.' or ',';
    }

    /// <summary>
    /// The verb ends its tag: a comma, the sentence's end, or "on" and then one of those ("Scarborough continued.", "Trump went
    /// on, as if …"), not an object ("Nathan Douglas continued his steady progress" tags nothing).
    /// </summary>
    private static bool EndsTheTag(TokenList tokens, int verb)
    {
        int after = verb + 1;
        if (after < tokens.Count && tokens[after].Lower is "on" or "back" or "out") after++;
        return after >= tokens.Count || tokens[after].Text is "," or "." or "!" or "?";
    }

    private static bool AllWordsBefore(TokenList tokens, int verb)
    {
        for (int k = 0; k < verb; k++) if (!tokens[k].IsWord) return false;
        return true;
    }

    /// <summary>A comma, or a closing mark right after one (American style puts the comma inside: 'of “New York values,” saying').</summary>
    private static bool IsCommaOrQuotedComma(TokenList tokens, int k) =>
        tokens[k].Text == "," || (tokens[k].Text is "”" or "\"" or "’" or "'" && k >= 1 && tokens[k - 1].Text == ",");

    private static bool IsQuoteEnd(TokenList tokens, int comma) =>
        comma + 1 < tokens.Count && tokens[comma + 1].Text is "\"" or "”" or "’" or "'";

    private void FindDocuments(SentenceAnalysis sentence, TokenList tokens, List<TextSpan> clauses, bool[] used)
    {
        if (!tokens.MayHave(WordTraits.DocumentSource, _lexicons.Vocabulary)) return; // no document word ("figures", "survey")
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !_lexicons.Has(t, WordTraits.DocumentSource) || used[i] || InsideQuote(sentence, t.Span)) continue;
            // "figures from the ONS", "data released by Eurostat", "a study by Oxford University", "a study in the Lancet".
            int k = i + 1;
            if (k < tokens.Count && tokens[k].Lower is "released" or "published" or "compiled" or "issued" or "produced" or "commissioned" or "carried" or "conducted") k++;
            if (k < tokens.Count && tokens[k].Lower == "out") k++;
            // "the last year for which figures are available from Apacs", "data available from the FBI": where the figures are
            // to be had is their source, as "figures from Apacs" is ("available in" says where, in what language or form).
            else if (AvailableFrom(tokens, k) is int from) k = from;
            if (k + 1 < tokens.Count && tokens[k].Lower is "from" or "by" or "in" && (tokens[k + 1].IsCapitalized || (tokens[k + 1].Lower is "the" && tokens[k].Lower is not "in" && k + 2 < tokens.Count && tokens[k + 2].IsWord && tokens[k + 2].Lower is not ("past" or "last" or "first" or "same" or "year" or "period" or "month" or "week"))))
            {
                var np = NounPhrases.Right(tokens, k + 1);
                if (np is { } src) { Add(sentence, clauses, used, AttributionKind.Document, i, k, src.Start, src.End); continue; }
            }
            // "figures showed", "the survey found", "data released on Tuesday suggest", "a survey of 2,000 adults found".
            int reach = i + 8;
            for (int v = i + 1; v < tokens.Count && v <= reach; v++)
            {
                // "The YouGov poll, which questioned 1,943 British adults online, found 25% …", "the figures - released on Monday -
                // showed", "The survey, conducted by Pew, showed": the verb after an aside about the document.
                if (Asides.End(tokens, v) is int close)
                {
                    reach += close - v;
                    v = close;
                    continue;
                }
                // A number ends the phrase ("a record 41 nominations … recorded" is no document), except a study's sample.
                bool sample = tokens[v].Kind == TokenKind.Number && tokens[v - 1].Lower is "of" or "in" && Figures.FigureRecognizer.IsStudyNoun(t.Lower);
                if (!tokens[v].IsWord && !sample) break;
                if (tokens[v].Lower is "not" or "never") break; // "the figure has not been confirmed" attributes nothing
                // (A capitalised one inside the sentence is a name's word: "polling in the United States".)
                if (_lexicons.Has(tokens[v], WordTraits.ShowingVerb) && !tokens[v].IsCapitalized && !InsideSignal(sentence, tokens[v].Span))
                {
                    var np = NounPhrases.Left(tokens, i) ?? (i, i);
                    Add(sentence, clauses, used, AttributionKind.Document, v, v, np.Start, np.End);
                    break;
                }
                // "statistics which showed", "a poll that shows": the document is the subject of its own relative clause, and what
                // that clause shows is the document's ("the report that the minister ordered" goes on to no verb of showing).
                if (v == i + 1 && tokens[v].Lower is "that" or "which" && v + 1 < tokens.Count && _lexicons.Has(tokens[v + 1], WordTraits.ShowingVerb)
                    && !InsideSignal(sentence, tokens[v + 1].Span))
                {
                    var np = NounPhrases.Left(tokens, i) ?? (i, i);
                    Add(sentence, clauses, used, AttributionKind.Document, v + 1, v + 1, np.Start, np.End);
                    break;
                }
                if (tokens[v].Lower is "that" or "which" or "and" or "but") break;
            }
        }
    }

    /// <summary>The index of "from" in "available from" or "are available from" starting at <paramref name="k"/>, if it is there.</summary>
    private static int? AvailableFrom(TokenList tokens, int k)
    {
        if (k + 1 < tokens.Count && tokens[k].Lower is "are" or "is" or "were" or "was") k++;
        return k + 1 < tokens.Count && tokens[k].Lower == "available" && tokens[k + 1].Lower == "from" ? k + 1 : null;
    }

    /// <summary>"It also found …", "They showed …": a pronoun continuing a document source.</summary>
    private static void FindPronounDocuments(SentenceAnalysis sentence, TokenList tokens, List<TextSpan> clauses, bool[] used, LexiconSet lexicons)
    {
        if (!tokens.MayHave(WordTraits.DocumentPronoun, lexicons.Vocabulary)) return; // no "it" or "they"
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].Form.Has(WordTraits.DocumentPronoun) || used[i]) continue; // "it" or "they"
            int v = i + 1;
            while (v < tokens.Count && tokens[v].Lower is "also" or "further" or "additionally") v++;
            if (v < tokens.Count && tokens[v].Lower is "found" or "finds" or "showed" or "shows" or "suggested" or "suggests" or "estimated" or "estimates" or "indicated" or "revealed")
                Add(sentence, clauses, used, AttributionKind.Document, v, v, i, i);
        }
    }

    /// <summary>"He said: '…'" or "X: '…'" — a colon that introduces a quote attributes it.</summary>
    private static void FindColonQuotes(SentenceAnalysis sentence, TokenList tokens, LexiconSet lexicons)
    {
        for (int i = 1; i < tokens.Count; i++)
        {
            // Only a mark (one character, the token's own length) can introduce a quote: a word is passed over without
            // reading its text (this runs for every token of the draft).
            if (tokens[i].Span.Length != 1) continue;
            // "Rathbun stated, '…'" introduces its quote as "stated:" does, when a verb of saying stands before the comma.
            bool comma = tokens[i].IsMark(',') && IsVerbOfSaying(tokens[i - 1], lexicons);
            if (!comma && !tokens[i].IsMark(':')) continue;
            bool quoteFollows = i + 1 >= tokens.Count || tokens[i + 1].Text is "\"" or "“" or "‘" or "'";
            if (!quoteFollows) continue;
            var np = NounPhrases.Left(tokens, i - 1);
            bool saidBefore = HasAttributionBefore(sentence, tokens[i].Span.Start, reportingVerbOnly: true);
            // "Mr Kim, chief executive of SK Telecom, also at 3GSM, said: '…'": the appositions hid the subject
            // from the verb, but "said:" still introduces a speaker, the one the sentence opens with.
            if (np is null && !saidBefore && (IsVerbOfSaying(tokens[i - 1], lexicons)
                || (tokens[i - 1].Lower == "on" && i >= 2 && tokens[i - 2].Lower is "went" or "goes" or "go")))
                np = SentenceOpeningPhrase(tokens, i - 1); // also "She went on: '…'
            // "Mr Dean is confident though: '…'", "His message to the chancellor was: '…'": the sentence introduces its speaker.
            if (np is null && !saidBefore && (SpeakerLeadIn.HasStanceBefore(tokens, i) || IsMessageWas(tokens, i)))
                np = SentenceOpeningPhrase(tokens, i - 1);
            // "She then addressed the supporters again: '…'", "Merriam-Webster defines it as: '…'": a colon-introduced
            // quote ("X: '…'") in a sentence whose subject is a name or a personal pronoun is that speaker's.
            // So is a colon closing such a sentence, before the next paragraph's quote (scope rule 3): "He then listed the
            // qualities a nominee needs: ¶ "Has the candidate a record of …"".
            if (np is null && !saidBefore && quoteFollows && SentenceOpeningPhrase(tokens, i - 1) is { } opener && IsNamedOrPersonal(tokens, opener))
                np = opener;
            if (np is null && !saidBefore) continue;
            var (s, e) = np ?? (i - 1, i - 1);
            var cue = tokens[i].Span;
            var source = TextSpan.FromBounds(tokens[s].Span.Start, tokens[e].Span.End);
            var existing = LastReportingVerbBefore(sentence, cue.Start);
            sentence.Attributions.Add(new AttributionModel(AttributionKind.Colon, cue, existing?.SourceSpan ?? source, existing?.SourceText ?? sentence.TextOf(source))
            {
                Scope = TextSpan.FromBounds(sentence.Span.Start, sentence.Span.End),
                IsPronoun = existing?.IsPronoun ?? false,
            });
        }
    }

    private static readonly HashSet<string> MessageNouns = new(StringComparer.Ordinal)
    {
        "message", "response", "reply", "verdict", "view", "answer", "advice", "warning", "conclusion", "explanation", "reaction", "comment", "words", "plea",
        "slogan", "motto", "mantra", "pledge", "promise", "theme", "argument", "question", "demand",
    };

    /// <summary>How many words a possessor phrase may run before its possessive ("The trade body's").</summary>
    private const int PossessorWords = 4;

    /// <summary>
    /// "His message to the chancellor was:", "Labour's election slogan will be:" — a possessive, a noun of saying (after at
    /// most one word that says what kind: "election"), then "was:", "is:" or "will be:" before the quote.
    /// </summary>
    private static bool IsMessageWas(TokenList tokens, int colon)
    {
        if (colon < 3 || !(tokens[colon - 1].Lower is "was" or "is" or "were" || tokens[colon - 1].Lower == "be" && tokens[colon - 2].Lower is "will" or "would")) return false;
        int k = 0;
        while (k < colon && !tokens[k].IsWord) k++;
        // The possessor may be a phrase of its own: "The trade body's campaign slogan will be:".
        int first = k;
        while (k < colon && k < first + PossessorWords && tokens[k].IsWord && !tokens[k].IsPossessive && tokens[k].Lower is not ("his" or "her" or "their" or "its")) k++;
        if (k + 1 >= colon || !(tokens[k].Lower is "his" or "her" or "their" or "its" || tokens[k].IsPossessive)) return false;
        return MessageNouns.Contains(tokens[k + 1].Lower) || k + 2 < colon && tokens[k + 1].IsWord && MessageNouns.Contains(tokens[k + 2].Lower);
    }

    /// <summary>A personal pronoun (not "it") or a phrase whose last word is capitalised and not the sentence's determiner: a name.</summary>
    private static bool IsNamedOrPersonal(TokenList tokens, (int Start, int End) np)
    {
        if (np.Start == np.End && tokens[np.Start].Lower is "he" or "she" or "they" or "we" or "i") return true;
        var last = tokens[np.End];
        return last.IsCapitalized && !NounPhrases.IsDeterminer(last) && !NotSources.Contains(last.Lower)
            && last.Lower is not ("it" or "this" or "here" or "there");
    }

    /// <summary>The noun phrase the sentence opens with, when it is a name or a pronoun and ends before <paramref name="before"/>.</summary>
    private static (int Start, int End)? SentenceOpeningPhrase(TokenList tokens, int before)
    {
        int start = 0;
        while (start < before && !tokens[start].IsWord) start++;
        // "In a Fox interview later that day, Trump went even further: "…"": the subject after an opening phrase.
        bool afterPhrase = false;
        if (start < before && SpeakerLeadIn.OpeningPhraseEnd(tokens, start) is int comma && comma + 1 < before) { start = comma + 1; afterPhrase = true; }
        // (After an opening phrase "the government" is the subject as "The government" opening the sentence is.)
        if (start >= before || !(tokens[start].IsCapitalized || NounPhrases.IsPronoun(tokens[start])
            || afterPhrase && tokens[start].Lower is "the" or "a" or "an" or "its" or "his" or "her" or "their")) return null;
        if (NounPhrases.Right(tokens, start, maxWords: 6) is not { } np || np.End >= before) return null;
        // A name ends on its last capitalised word: "Cllr Jenkins went even further:" names Cllr Jenkins, not "Cllr Jenkins went".
        // ("Wilson Whinneray's side rallied" is about the side: a possessive name is no subject; "The Oxford dictionary", opening
        // on a determiner, is a description whose head is its last noun, and stays whole.)
        if (NounPhrases.IsDeterminer(tokens[np.Start])) return np;
        for (int k = np.End; k >= np.Start; k--)
            if (tokens[k].IsCapitalized && !NounPhrases.IsDeterminer(tokens[k])) return tokens[k].IsPossessive ? np : (np.Start, k);
        return np;
    }

    private static void FindLinks(SentenceAnalysis sentence)
    {
        var links = sentence.Block.Links;
        for (int k = 0; k < links.Count; k++)
        {
            var link = links[k];
            if (!link.Overlaps(sentence.Span) && !(link.Start == sentence.Span.End && link.Length == 0)) continue;
            var cue = TextSpan.FromBounds(Math.Max(link.Start, sentence.Span.Start), Math.Min(link.End, sentence.Span.End));
            sentence.Attributions.Add(new AttributionModel(AttributionKind.Link, cue, cue, "a link")
            {
                Scope = sentence.Span,
            });
        }
    }

    private static void FindHeadlineQuotes(SentenceAnalysis sentence)
    {
        foreach (var q in sentence.Quotes)
            sentence.Attributions.Add(new AttributionModel(AttributionKind.HeadlineQuote, q.Span, null, "quote marks in the headline") { Scope = sentence.Span });
    }

    internal static void Add(SentenceAnalysis sentence, List<TextSpan> clauses, bool[] used, AttributionKind kind, int cueStart, int cueEnd, int srcStart, int srcEnd)
    {
        var tokens = sentence.Tokens;
        var cue = TextSpan.FromBounds(tokens[cueStart].Span.Start, tokens[cueEnd].Span.End);
        var source = TextSpan.FromBounds(tokens[srcStart].Span.Start, tokens[srcEnd].Span.End);
        for (int k = Math.Min(cueStart, srcStart); k <= Math.Max(cueEnd, srcEnd); k++) used[k] = true;
        bool pronoun = srcStart == srcEnd && NounPhrases.IsPronoun(tokens[srcStart]);
        var scope = ClauseOf(clauses, cue.Start, sentence);
        if (kind == AttributionKind.ReportingVerb && EndsTheSentence(tokens, Math.Min(cueStart, srcStart), Math.Max(cueEnd, srcEnd)))
            scope = TextSpan.FromBounds(sentence.Span.Start, scope.End);
        sentence.Attributions.Add(new AttributionModel(kind, cue, source, sentence.TextOf(source))
        {
            Scope = scope,
            IsPronoun = pronoun,
        });
    }

    /// <summary>
    /// A tag that closes the sentence after a comma, "…, and 7,800 relocated out of London, he added.": what it reports is
    /// everything before it, every coordinated clause (rules.md's scope rule 1 leaves out only a clause joined after the tag).
    /// </summary>
    private static bool EndsTheSentence(TokenList tokens, int first, int last)
    {
        if (first == 0 || !IsCommaOrQuotedComma(tokens, first - 1)) return false;
        for (int k = last + 1; k < tokens.Count; k++)
            if (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number) return false;
        return true;
    }

    internal static TextSpan ClauseOf(List<TextSpan> clauses, int offset, SentenceAnalysis sentence)
    {
        foreach (var c in clauses) if (offset >= c.Start && offset < c.End) return c;
        return sentence.Span;
    }

    private static bool InsideQuote(SentenceAnalysis sentence, TextSpan span) => sentence.InsideQuote(span);

    // The helpers below are loops rather than lambdas: a lambda capturing the loop's token made the
    // recognizer allocate a closure for every token of every sentence (a tenth of the engine's allocation).

    private static bool IsReportedlyWeasel(AttributionModel a) => a.IsWeasel && a.SourceText == "reportedly";

    /// <summary>The token lies inside a multi-word unverified signal ("has not been confirmed by").</summary>
    private static bool InsidePhraseSignal(SentenceAnalysis sentence, TextSpan span)
    {
        foreach (var m in sentence.UnverifiedSignals)
            if (m.Span.Contains(span) && m.Text.Contains(' ')) return true;
        return false;
    }

    private static bool InsideSignal(SentenceAnalysis sentence, TextSpan span)
    {
        foreach (var m in sentence.UnverifiedSignals)
            if (m.Span.Contains(span)) return true;
        return false;
    }

    /// <summary>An attribution whose cue ends by <paramref name="offset"/>: a real one, or only a reporting verb.</summary>
    private static bool HasAttributionBefore(SentenceAnalysis sentence, int offset, bool reportingVerbOnly)
    {
        foreach (var a in sentence.Attributions)
        {
            bool kind = reportingVerbOnly ? a.Kind == AttributionKind.ReportingVerb : !a.IsWeasel;
            if (kind && a.CueSpan.End <= offset) return true;
        }
        return false;
    }

    private static AttributionModel? LastReportingVerbBefore(SentenceAnalysis sentence, int offset)
    {
        var all = sentence.Attributions;
        for (int k = all.Count - 1; k >= 0; k--)
            if (all[k].Kind == AttributionKind.ReportingVerb && all[k].CueSpan.End <= offset) return all[k];
        return null;
    }
}
