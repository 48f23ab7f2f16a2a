using SourceLint.Core.Analysis;
using SourceLint.Core.Documents;
using SourceLint.Core.Text;
using AttributionModel = SourceLint.Core.Analysis.Attribution;

namespace SourceLint.Core.Recognizers.Attribution;

/// <summary>
/// Carries attribution across sentences and paragraphs, exactly as far as rules.md allows:
/// a quote that follows, in the same paragraph, a sentence attributed to a speaker or introducing a
/// named speaker by their stance (<see cref="SpeakerLeadIn"/>), with no other source in between; a
/// quote introduced by "X said:" in the same or the previous paragraph; the following paragraphs of a
/// multi-paragraph quote; a speaker tag standing alone right after its quote (<see cref="TrailingSpeakerTag"/>).
/// Nothing else carries over.
/// </summary>
public static class AttributionScope
{
    public static void Apply(IReadOnlyList<SentenceAnalysis> sentences)
    {
        AttributionModel? colonFromPreviousParagraph = null;
        AttributionModel? openMultiParagraphQuote = null;
        List<Quote> openChain = new();
        int chainStart = 0;
        int i = 0;
        while (i < sentences.Count)
        {
            int paragraph = sentences[i].ParagraphIndex;
            int end = i;
            while (end < sentences.Count && sentences[end].ParagraphIndex == paragraph) end++;
            ApplyParagraph(sentences, i, end, ref colonFromPreviousParagraph, ref openMultiParagraphQuote, openChain, ref chainStart);
            i = end;
        }
        TrailingSpeakerTag.Apply(sentences);
    }

    private static void ApplyParagraph(IReadOnlyList<SentenceAnalysis> sentences, int from, int to,
        ref AttributionModel? colonFromPrevious, ref AttributionModel? multiParagraph, List<Quote> openChain, ref int chainStart)
    {
        var first = sentences[from];
        AttributionModel? carried = null;
        // A paragraph opening with a quote continues a colon introduction or a multi-paragraph quote.
        if (first.IsWholeQuoteSentence())
        {
            if (colonFromPrevious is not null) carried = colonFromPrevious;
            else if (multiParagraph is not null || openChain.Count > 0) carried = multiParagraph;
        }
        bool continuesChain = openChain.Count > 0 && first.IsWholeQuoteSentence();
        if (!continuesChain) { openChain.Clear(); multiParagraph = null; }
        colonFromPrevious = null;

        AttributionModel? speaker = carried;
        // The speaker only matters to a later quote: past the paragraph's last quote, nothing is worth asking of a sentence.
        int lastQuoted = to - 1;
        while (lastQuoted >= from && sentences[lastQuoted].Quotes.Count == 0) lastQuoted--;
        for (int k = from; k < to; k++)
        {
            var s = sentences[k];
            var own = s.Attributions.FirstOrDefault(a => a.Kind is AttributionKind.ReportingVerb or AttributionKind.Colon or AttributionKind.AccordingTo);
            if (own is not null)
            {
                speaker = own;
            }
            else if (speaker is not null && s.Quotes.Count > 0 && (s.IsWholeQuoteSentence() || IsLinkedQuoteSentence(s) || QuoteContinuesFromEarlierSentence(sentences, k, from)
                                                                  || IsPartialQuoteRightAfterSpeaker(sentences, k, from, speaker)))
            {
                s.ContextAttribution = speaker;
            }
            else if (s.Attributions.Any(a => !a.IsWeasel))
            {
                speaker = null; // another kind of source stands in between
            }
            else if (SpeakerLeadIn.Find(s) is { } leadIn)
            {
                speaker = leadIn; // "Ruddock is keen to protect his players." introduces his quote
            }
            else if (s.Quotes.Count == 0 && !QuoteContinuesFromEarlierSentence(sentences, k, from) && !(k < lastQuoted && RefersBackToSpeaker(s, speaker)))
            {
                speaker = null; // an unrelated sentence breaks the chain of quotes
            }
        }

        // Quotes that span sentences take the attribution of any sentence they touch.
        var quotes = QuotesOf(sentences, from, to);
        foreach (var q in quotes)
        {
            var touching = SentencesTouching(sentences, from, to, q.Span);
            AttributionModel? by = null;
            foreach (var s in touching)
            {
                by = s.Attributions.FirstOrDefault(a => !a.IsWeasel && !a.FiguresOnly && (a.Scope.Overlaps(q.Span) || a.Kind is AttributionKind.Colon or AttributionKind.Link));
                by ??= s.ContextAttribution;
                if (by is not null) break;
            }
            if (by is null && q.ContinuesPreviousParagraph) by = carried;
            q.AttributedBy = by;
            if (by is not null)
                foreach (var s in touching) s.ContextAttribution ??= by;
        }

        // A multi-paragraph quote attributed at its end attributes its earlier paragraphs too.
        var closing = quotes.FirstOrDefault(q => q.ContinuesPreviousParagraph && !q.ContinuesToNextParagraph);
        if (closing?.AttributedBy is { } lateAttribution)
        {
            foreach (var q in openChain) if (q.AttributedBy is null) q.AttributedBy = lateAttribution;
            // Only the chain's own paragraphs, from where it opened: never a walk over the whole draft.
            for (int k = chainStart; k < from; k++)
            {
                var s = sentences[k];
                if (s.ContextAttribution is null && s.Quotes.Any(openChain.Contains)) s.ContextAttribution = lateAttribution;
            }
        }

        var lastQuote = quotes.LastOrDefault();
        if (lastQuote is { ContinuesToNextParagraph: true })
        {
            if (openChain.Count == 0) chainStart = from;
            openChain.Add(lastQuote);
            multiParagraph = lastQuote.AttributedBy ?? multiParagraph;
        }
        else
        {
            openChain.Clear();
            multiParagraph = null;
        }

        // "He said:" closing a paragraph introduces the next paragraph's quote.
        var lastSentence = sentences[to - 1];
        // Read in place: the sentence's Text (and a trimmed copy) would be two strings per paragraph.
        var end = lastSentence.Block.Text.AsSpan(lastSentence.Span.Start, lastSentence.Span.Length).TrimEnd();
        if (end.EndsWith(':') || end.EndsWith(',') && lastSentence.Attributions.Any(a => a.Kind == AttributionKind.ReportingVerb))
        {
            var own = lastSentence.Attributions.LastOrDefault(a => a.Kind is AttributionKind.ReportingVerb or AttributionKind.Colon)
                ?? lastSentence.Attributions.LastOrDefault(a => !a.IsWeasel);
            if (own is not null) colonFromPrevious = own;
        }
    }

    /// <summary>
    /// The paragraph's sentences (<paramref name="from"/> to <paramref name="to"/>) that the quote overlaps or opens in, in
    /// reading order. A loop: Skip, Take, Where and ToList made four objects and as many interface calls per sentence for
    /// every quote.
    /// </summary>
    private static List<SentenceAnalysis> SentencesTouching(IReadOnlyList<SentenceAnalysis> sentences, int from, int to, TextSpan quote)
    {
        var touching = new List<SentenceAnalysis>();
        for (int k = from; k < to; k++)
            if (sentences[k].Span.Overlaps(quote) || sentences[k].Span.Contains(quote.Start)) touching.Add(sentences[k]);
        return touching;
    }

    /// <summary>Words that link a quote to the sentence before without bringing in anyone new: "Instead, “…”", "It's “…”".</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "instead", "but", "and", "so", "still", "yet", "then", "now", "also", "however", "indeed", "again", "plus", "or",
        "it's", "it’s", "that's", "that’s", "it", "is", "was", "this", "he's", "he’s", "she's", "she’s", "they're", "they’re",
    };

    /// <summary>
    /// A quote sentence led by one or two linking words ("Instead, “he just keeps …”"): it continues the
    /// speaker as a quote sentence does; the writer adds no claim and no other voice. The quote must run to the sentence's end.
    /// </summary>
    private static bool IsLinkedQuoteSentence(SentenceAnalysis s)
    {
        var quote = s.Quotes[0];
        if (quote.Span.End < s.Span.End - 2) return false;
        int words = 0;
        foreach (var t in s.Tokens)
        {
            if (t.Span.Start >= quote.Span.Start) break;
            if (!t.IsWord) continue;
            if (++words > 2 || !LinkWords.Contains(t.Lower)) return false;
        }
        return words > 0;
    }

    /// <summary>
    /// A sentence that carries the speaker's words as a partial quote right after the speaker's sentence
    /// ("…, Mr Ruiz said. The trade deficit and the budget deficit “are big issues going forward”."): the quote is one
    /// that follows, in the same paragraph, a sentence attributed to the speaker with no other source in between,
    /// which is scope rule 2. Only the quote is covered (a sentence's own figures stay the writer's), only a quote of
    /// four words or more (a scare quote there is the writer's own), and only straight after the speaker's sentence or
    /// a quote sentence already carried to the speaker.
    /// </summary>
    private static bool IsPartialQuoteRightAfterSpeaker(IReadOnlyList<SentenceAnalysis> sentences, int k, int from, AttributionModel speaker)
    {
        if (k == from) return false;
        var s = sentences[k];
        if (s.Attributions.Count > 0 || s.UnnamedSources.Count > 0) return false;
        bool speech = false;
        foreach (var q in s.Quotes)
            if (!q.IsTitleOrTerm && !q.IsScareQuote) { speech = true; break; }
        if (!speech) return false;
        var previous = sentences[k - 1];
        return previous.Attributions.Contains(speaker) || ReferenceEquals(previous.ContextAttribution, speaker);
    }

    /// <summary>
    /// A sentence about the named speaker, between their attributed sentence and their next quote: '"…," says Melissa
    /// Roloson, 32. Roloson supports Hillary Clinton. "I'm a college graduate …"', '… said Sara Walker. An immigrant from
    /// Uganda, she plans to vote for the first time. "…"'. It brings in no other source and continues the same one (scope
    /// rule 2: a pronoun or continuation for that source), so the speaker's next quote stays theirs. It names the speaker
    /// (a word of their name) or stands for them ("he", "she", "his", "her", "him": "But despite his defeat, the world number 14
    /// was pleased"); it holds no quote and no source of its own.
    /// </summary>
    private static bool RefersBackToSpeaker(SentenceAnalysis s, AttributionModel? speaker)
    {
        if (speaker?.SourceSpan is not { } source || s.UnnamedSources.Count > 0) return false;
        var name = LeadingName(speaker.SourceText);
        foreach (var t in s.Tokens)
        {
            if (!t.IsWord) continue;
            if (t.Span.Length <= 3 && t.Lower is "he" or "she" or "his" or "her" or "him") return true;
            if (t.IsCapitalized && t.Text.Length >= 3 && !NameTitles.Contains(t.Text) && IsWordOf(name, t.Text)) return true;
        }
        return false;
    }

    /// <summary>Titles and articles that open a name without identifying anybody: "Mr", "The".</summary>
    private static readonly HashSet<string> NameTitles = new(StringComparer.Ordinal)
    {
        "The", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Prof", "Professor", "Sen", "Rep", "Gov", "President",
        "Minister", "Secretary", "General", "Gen", "Chief", "Judge", "Mayor", "Senator", "Governor",
    };

    /// <summary>
    /// The capitalised words the source opens with, its name: "Kirsten Pfeifer" of "Kirsten Pfeifer from the Consumer
    /// Electronics Association" (the body she speaks for is no reference back to her).
    /// </summary>
    private static ReadOnlySpan<char> LeadingName(string source)
    {
        int end = 0;
        while (end < source.Length && char.IsUpper(source[end]))
        {
            int next = end;
            while (next < source.Length && source[next] is not (' ' or ',')) next++;
            end = next;
            if (end >= source.Length || source[end] == ',') break;
            end++;
        }
        return source.AsSpan(0, Math.Min(end, source.Length)).TrimEnd();
    }

    /// <summary><paramref name="word"/> stands in <paramref name="name"/> as a whole word.</summary>
    private static bool IsWordOf(ReadOnlySpan<char> name, string word)
    {
        int offset = 0;
        while (offset < name.Length)
        {
            int found = name[offset..].IndexOf(word, StringComparison.Ordinal);
            if (found < 0) return false;
            int at = offset + found, end = at + word.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end]))) return true;
            offset = end;
        }
        return false;
    }

    /// <summary>The paragraph's quotes, each once, in order (a quote spanning sentences is in each one's list).</summary>
    private static List<Quote> QuotesOf(IReadOnlyList<SentenceAnalysis> sentences, int from, int to)
    {
        var quotes = new List<Quote>();
        for (int k = from; k < to; k++)
            foreach (var q in sentences[k].Quotes)
                if (!quotes.Contains(q)) quotes.Add(q); // the equality Distinct used: a quote record's value
        return quotes;
    }

    private static bool QuoteContinuesFromEarlierSentence(IReadOnlyList<SentenceAnalysis> sentences, int k, int from)
    {
        if (k == from) return false;
        var s = sentences[k];
        var prev = sentences[k - 1];
        return prev.Quotes.Any(q => q.Span.End > s.Span.Start);
    }
}
