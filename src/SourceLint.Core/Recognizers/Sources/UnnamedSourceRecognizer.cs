using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Text;
using AttributionModel = SourceLint.Core.Analysis.Attribution;

namespace SourceLint.Core.Recognizers.Sources;

/// <summary>
/// Decides whether a source phrase withholds its source's identity ("an unnamed local source",
/// "US officials", "a person familiar with the matter"). Not unnamed: a named person or body, the
/// official voice of a named body ("a BBC spokesman"), a definite back-reference ("the official",
/// "the charity's director"), public collectives ("residents") and weasel phrases.
/// </summary>
public sealed class UnnamedSourceRecognizer(LexiconSet lexicons)
{
    private readonly PhraseMatcher _nouns = lexicons.Phrases(LexiconNames.UnnamedSourceNouns);
    private readonly PhraseMatcher _collectives = lexicons.Phrases(LexiconNames.PublicCollectives);

    public void Classify(SentenceAnalysis sentence, AttributionModel attribution, TextSpan sourceSpan)
    {
        if (attribution.IsWeasel || attribution.Kind is AttributionKind.Link or AttributionKind.HeadlineQuote) return;
        var tokens = sentence.Tokens;
        int first = -1, last = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Span.Start < sourceSpan.Start) continue;
            if (tokens[i].Span.End > sourceSpan.End) break;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0 || !tokens[first].IsWord) return;
        // A definite description refers back to someone named: "the official", "the charity's director".
        string det = tokens[first].Lower;
        if (det is "the" or "his" or "her" or "its" or "their" or "this" or "that" or "these" or "those" or "our" or "my") return;
        if (tokens[first].IsPossessive) return;
        var words = new List<string>();
        for (int i = first; i <= last; i++) words.Add(tokens[i].IsWord ? tokens[i].Lower : tokens[i].Text);
        for (int w = 0; w < words.Count; w++)
        {
            // With the word's form, a word no phrase of the lexicon starts with is passed over without hashing it
            // (WordForm.PhraseStarts; the lexicons are lower case, and a non-word's text differs from its form's lower
            // case only when it has a capital, which no entry has).
            var form = tokens[first + w].Form;
            if (_collectives.MatchAt(words, w, form) > 0) return;
            int len = _nouns.MatchAt(words, w, form);
            if (len == 0) continue;
            // "figure" is an unnamed source only as a person: "a senior government figure".
            if (words[w] == "figure" && (w == 0 || words[w - 1] is "the" or "that" or "this")) return;
            int end = first + w + len - 1;
            // "a person familiar with the matter", "people close to the talks".
            if (words[w] is "person" or "people" or "someone" && end + 3 <= last && tokens[end + 1].Lower is "with" or "to")
            {
                int k = end + 2;
                while (k <= last && tokens[k].IsWord && tokens[k].Lower is "the" or "a" or "his" or "her" or "their") k++;
                if (k <= last) end = k;
            }
            var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[end].Span.End);
            attribution.IsUnnamed = true;
            if (!sentence.UnnamedSources.Any(u => u.Span == span))
                sentence.UnnamedSources.Add(new UnnamedSource(span, sentence.TextOf(span)));
            return;
        }
    }
}
