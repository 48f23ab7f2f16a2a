using SourceLint.Core.Documents;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Recognizers.Allegations;
using SourceLint.Core.Recognizers.Attribution;
using SourceLint.Core.Recognizers.Figures;
using SourceLint.Core.Recognizers.Framing;
using SourceLint.Core.Recognizers.Quotes;
using SourceLint.Core.Sentences;

namespace SourceLint.Core.Analysis;

/// <summary>
/// The per-paragraph half of the analysis: quotes, sentences, and per sentence its tokens, figures,
/// framing, attributions and allegations. What it finds depends only on the block's prose text, scope
/// and links, the quote left open by the previous paragraph, and the lexicons; never on other
/// paragraphs or the block's place in the file. That is what lets <see cref="AnalysisCache"/> reuse it.
/// </summary>
internal sealed class BlockRecognizer(LexiconSet lexicons)
{
    private readonly SentenceSplitter _splitter = new(lexicons.Abbreviations);
    private readonly FigureRecognizer _figures = new(lexicons);
    private readonly FramingRecognizer _framing = new(lexicons);
    private readonly AttributionRecognizer _attributions = new(lexicons);
    private readonly AllegationRecognizer _allegations = new(lexicons);

    public LexiconSet Lexicons { get; } = lexicons;

    public BlockAnalysis Recognize(ProseBlock block, bool quoteOpen)
    {
        var quotes = QuoteScanner.Scan(block.Text, quoteOpen);
        var spans = _splitter.Split(block.Text);
        var sentences = new List<SentenceAnalysis>(spans.Count);
        for (int i = 0; i < spans.Count; i++)
        {
            var sentence = new SentenceAnalysis(block, block.Index, i, spans[i], Tokenizer.TokenizeToList(block.Text, spans[i], Lexicons.Vocabulary));
            foreach (var q in quotes)
                if (q.Span.Overlaps(spans[i])) sentence.Quotes.Add(q);
            _figures.Recognize(block.Text, sentence.Tokens, sentence.Figures);
            foreach (var f in sentence.Figures) f.InsideQuote = sentence.QuoteContaining(f.Span);
            _framing.Recognize(sentence);
            _attributions.Recognize(sentence);
            _allegations.Recognize(sentence);
            sentences.Add(sentence);
        }
        return new BlockAnalysis(quotes, sentences);
    }
}
