using SourceLint.Core.Analysis;
using SourceLint.Core.Text;
using AttributionModel = SourceLint.Core.Analysis.Attribution;

namespace SourceLint.Core.Recognizers.Attribution;

/// <summary>
/// A speaker named just after the quote, in a sentence or paragraph of its own: '"… trusted." Priebus said.'
/// (the sentence ended inside the quote, so the tag stands alone) and the epigraph line under a quoted
/// paragraph, '"Great speech. She's tested." ¶ — President Obama, tweeting after the speech.'
/// Both name the quote's speaker as plainly as "…," Priebus said; an editor reads them so.
/// </summary>
internal static class TrailingSpeakerTag
{
    /// <summary>At most this many tokens in a tag sentence: the speaker, the verb and a few words of circumstance.</summary>
    private const int MaxTagTokens = 12;

    public static void Apply(IReadOnlyList<SentenceAnalysis> sentences)
    {
        foreach (var s in sentences) DashAfterQuote(s);
        for (int k = 1; k < sentences.Count; k++)
        {
            var tag = sentences[k];
            var previous = sentences[k - 1];
            if (tag.Quotes.Count > 0 || !previous.IsWholeQuoteSentence()) continue;
            AttributionModel? speaker = null;
            if (tag.ParagraphIndex == previous.ParagraphIndex && tag.IndexInParagraph == previous.IndexInParagraph + 1)
                speaker = SentenceTag(tag);
            else if (tag.ParagraphIndex == previous.ParagraphIndex + 1 && tag.IndexInParagraph == 0 && IsLastOfParagraph(sentences, k))
                speaker = EpigraphLine(tag);
            if (speaker is null) continue;
            // Every quote of the quoted paragraph's last sentences that nothing attributes yet.
            for (int q = k - 1; q >= 0 && sentences[q].ParagraphIndex == previous.ParagraphIndex && sentences[q].IsWholeQuoteSentence(); q--)
            {
                bool any = false;
                foreach (var quote in sentences[q].Quotes)
                    if (quote.AttributedBy is null) { quote.AttributedBy = speaker; any = true; }
                if (any) sentences[q].ContextAttribution ??= speaker;
                if (tag.ParagraphIndex == previous.ParagraphIndex) break; // a sentence tag names its own quote only
            }
        }
    }

    /// <summary>'Priebus said.', 'Senate Majority Leader Mitch McConnell, R-Ky., said.': a reporting verb and its speaker, little else.</summary>
    private static AttributionModel? SentenceTag(SentenceAnalysis s)
    {
        AttributionModel? said = null;
        foreach (var a in s.Attributions)
            if (a.Kind == AttributionKind.ReportingVerb && a.SourceSpan is not null) { said = a; break; }
        if (said is null) return null;
        // '"Why not?" Rhys asked, pointing at the empty stands.': the tag opens the sentence and a comma sets
        // off the circumstance, however long; the question or exclamation mark had ended the quote's sentence.
        if (OpensWithTag(s, said)) return said;
        if (s.Tokens.Count > MaxTagTokens) return null;
        // Nothing but the speaker, the verb and punctuation or a short apposition: no claim of its own.
        int words = 0;
        foreach (var t in s.Tokens)
            if (t.IsWord && !said.CueSpan.Contains(t.Span) && !said.SourceSpan!.Value.Contains(t.Span)) words++;
        return words <= 3 ? said : null;
    }

    /// <summary>
    /// The speaker and the verb (either order) are the sentence's first tokens, followed by a comma, the end, or a
    /// short phrase of when or where in a short sentence ('"…championship?" Holmes asked in the New Year.').
    /// </summary>
    private static bool OpensWithTag(SentenceAnalysis s, AttributionModel said)
    {
        var source = said.SourceSpan!.Value;
        int start = Math.Min(source.Start, said.CueSpan.Start), end = Math.Max(source.End, said.CueSpan.End);
        var tokens = s.Tokens;
        if (tokens.Count == 0) return false;
        // A title or an initial the source phrase left out still opens the tag: "Mr. Clyburn said", "Lisa O. Monaco, …, said".
        int first = 0;
        while (first < tokens.Count && tokens[first].Span.Start < start && (tokens[first].IsWord && tokens[first].IsCapitalized || tokens[first].Text == "."))
            first++;
        if (first >= tokens.Count || tokens[first].Span.Start != start) return false;
        for (int k = first; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Span.Start >= end)
            {
                // '"…?" Sanders asked rhetorically, shaking his head', '"…!" she wrote sarcastically on Twitter': a manner adverb.
                while (k + 1 < tokens.Count && IsMannerAdverb(tokens[k])) t = tokens[++k];
                // '"Who do they think they are?" Trump said of Apple in February, when …': what the words were about, and
                // when or where, however long the sentence runs on; a word of content instead ("Trump said Apple …") is no tag.
                return t.Text is "," or "." || t.Lower is "of" or "about" or "to"
                    || (tokens.Count <= MaxTagTokens || t.Lower is "on" or "in" || t.Lower is "at" && !(k + 1 < tokens.Count && tokens[k + 1].Lower is "least" or "most"))
                        && t.Lower is "in" or "on" or "at" or "after" or "before" or "during" or "last" or "yesterday" or "today" or "earlier" or "later";
            }
            // 'Lisa O. Monaco, Obama's adviser on counterterrorism, said at a summit': an apposition between the name and the verb.
            if (t.Text == "," && t.Span.Start >= source.End && t.Span.End <= said.CueSpan.Start && NounPhrases.AppositionClosing(tokens, k) is int closing)
            {
                k = closing;
                continue;
            }
            if (!source.Contains(t.Span) && !said.CueSpan.Contains(t.Span)) return false;
        }
        return true;
    }

    /// <summary>"rhetorically", "sarcastically", "quietly": an adverb of manner after the verb of saying.</summary>
    private static bool IsMannerAdverb(Token t) =>
        t.IsWord && !t.IsCapitalized && t.Lower.Length > 5 && t.Lower.EndsWith("ly", StringComparison.Ordinal) && t.Lower is not ("only" or "early");

    /// <summary>'— Sanders.', '-President Obama, tweeting after Clinton's speech.': a dash, then a name.</summary>
    private static AttributionModel? EpigraphLine(SentenceAnalysis s)
    {
        return s.Tokens.Count <= MaxTagTokens ? DashedName(s, 0) : null;
    }

    /// <summary>
    /// A dash at <paramref name="dash"/> followed by a capitalised name: the name as the source, the dash as the cue. The
    /// horizontal bar (U+2015, "― Carla Sanchez") is the typographer's mark for exactly this credit line.
    /// </summary>
    private static AttributionModel? DashedName(SentenceAnalysis s, int dash)
    {
        var tokens = s.Tokens;
        if (dash + 1 >= tokens.Count || tokens[dash].Text is not ("-" or "—" or "–" or "―") || !tokens[dash + 1].IsWord || !tokens[dash + 1].IsCapitalized) return null;
        int end = dash + 1;
        while (end + 1 < tokens.Count && tokens[end + 1].IsWord && tokens[end + 1].IsCapitalized) end++;
        var source = TextSpan.FromBounds(tokens[dash + 1].Span.Start, tokens[end].Span.End);
        return new AttributionModel(AttributionKind.ReportingVerb, tokens[dash].Span, source, s.TextOf(source)) { Scope = s.Span };
    }

    /// <summary>'"So far, it's the Internet: 1, Scientology: 0." - Matthew Ingram': a dash and a name right after the quote.</summary>
    private static void DashAfterQuote(SentenceAnalysis s)
    {
        foreach (var quote in s.Quotes)
        {
            if (quote.AttributedBy is not null) continue;
            var tokens = s.Tokens;
            int k = 0;
            while (k < tokens.Count && tokens[k].Span.Start < quote.Span.End) k++;
            if (DashedName(s, k) is not { } tag) continue;
            quote.AttributedBy = tag;
            if (s.IsWholeQuoteSentence()) s.ContextAttribution ??= tag;
        }
    }

    private static bool IsLastOfParagraph(IReadOnlyList<SentenceAnalysis> sentences, int k) =>
        k + 1 >= sentences.Count || sentences[k + 1].ParagraphIndex != sentences[k].ParagraphIndex;
}
