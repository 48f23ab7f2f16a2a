using SourceLint.Core.Analysis;
using SourceLint.Core.Rules;
using SourceLint.Core.Text;

namespace SourceLint.Core.Diagnostics;

/// <summary>
/// A rule's raw report before precedence, suppression and configured severity turn it into a
/// <see cref="Diagnostic"/>. Spans are source offsets.
/// </summary>
public sealed record Finding(RuleDescriptor Rule, Severity Severity, TextSpan Span, string Message, SentenceAnalysis? Sentence)
{
    public List<RelatedLocation> Related { get; } = new();
    public List<SuggestedFix> Fixes { get; } = new();

    /// <summary>A finding on a sentence, with its range given as a prose span of that sentence.</summary>
    public static Finding At(RuleDescriptor rule, Severity severity, SentenceAnalysis sentence, TextSpan proseSpan, string message) =>
        new(rule, severity, sentence.ToSource(proseSpan), message, sentence);

    public Finding WithRelated(SentenceAnalysis other, TextSpan proseSpan, string message, SourceText source)
    {
        var span = other.ToSource(proseSpan);
        Related.Add(new RelatedLocation(span, source.GetRange(span), message));
        return this;
    }

    public Finding WithFix(string title, TextSpan sourceSpan, string newText, bool preferred = false)
    {
        Fixes.Add(new SuggestedFix(title, [new TextEdit(sourceSpan, newText)], preferred));
        return this;
    }

    internal Diagnostic ToDiagnostic(SourceText source, Severity severity)
    {
        var span = TextSpan.FromBounds(Math.Clamp(Span.Start, 0, source.Length), Math.Clamp(Span.End, 0, source.Length));
        return new Diagnostic(Rule, severity, span, source.GetRange(span), Message, source.Text.Substring(span.Start, span.Length))
        {
            Related = Related,
            Fixes = Fixes,
            SentenceSpan = Sentence?.SourceSpan ?? span,
        };
    }
}
