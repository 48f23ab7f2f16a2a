using SourceLint.Core.Diagnostics;
using SourceLint.Core.Rules;
using SourceLint.Core.Text;

namespace SourceLint.Cli.Tests.Support;

/// <summary>
/// Diagnostics built by hand on a real draft text, for reporter tests that must not depend on
/// which rules the engine has landed: the span is found by searching the text for the flagged words.
/// </summary>
public static class Findings
{
    public static Diagnostic At(string text, string flagged, RuleDescriptor rule, string message, Severity? severity = null, string? sentence = null)
    {
        int start = text.IndexOf(flagged, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{flagged}' is not in the text");
        var source = new SourceText(text);
        var span = new TextSpan(start, start + flagged.Length);
        var sentenceSpan = span;
        if (sentence is not null)
        {
            int s = text.IndexOf(sentence, StringComparison.Ordinal);
            sentenceSpan = new TextSpan(s, s + sentence.Length);
        }
        return new Diagnostic(rule, severity ?? rule.DefaultSeverity, span, source.GetRange(span), message, flagged)
        {
            SentenceSpan = sentenceSpan,
        };
    }
}
