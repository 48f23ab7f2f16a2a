using SourceLint.Core.Documents;
using SourceLint.Core.Ledger;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Sentences;

namespace SourceLint.Core.Analysis;

/// <summary>Runs the recognizers over a draft once, in reading order, and builds the shared analysis.</summary>
public static class DraftAnalyzer
{
    public static DraftAnalysis Analyze(Draft draft, LexiconSet lexicons, CancellationToken cancellationToken = default)
    {
        var splitter = new SentenceSplitter(lexicons.Abbreviations);
        var sentences = new List<SentenceAnalysis>();
        foreach (var block in draft.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var spans = splitter.Split(block.Text);
            for (int i = 0; i < spans.Count; i++)
                sentences.Add(new SentenceAnalysis(block, block.Index, i, spans[i], Tokenizer.Tokenize(block.Text, spans[i])));
        }
        var problems = new List<Diagnostics.LintProblem>();
        var ledger = VerificationLedger.Empty;
        try
        {
            ledger = VerificationLedger.Read(draft);
        }
        catch (Configuration.ConfigurationException e)
        {
            problems.Add(new Diagnostics.LintProblem(e.File, e.Line, e.Column, e.Problem));
        }
        return new DraftAnalysis(draft, lexicons, sentences, ledger) { Problems = problems };
    }
}
