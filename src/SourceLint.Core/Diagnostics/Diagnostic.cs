using SourceLint.Core.Rules;
using SourceLint.Core.Text;

namespace SourceLint.Core.Diagnostics;

/// <summary>One finding: which rule, where (source offsets and line/column), what is missing, and how to fix it.</summary>
public sealed record Diagnostic(
    RuleDescriptor Rule,
    Severity Severity,
    TextSpan Span,
    LineRange Range,
    string Message,
    string FlaggedText)
{
    /// <summary>Other places that explain the finding (the sentence marking a claim unverified, an earlier mention …).</summary>
    public IReadOnlyList<RelatedLocation> Related { get; init; } = Array.Empty<RelatedLocation>();
    /// <summary>Suggested edits, for quick fixes; empty where no fix is obvious.</summary>
    public IReadOnlyList<SuggestedFix> Fixes { get; init; } = Array.Empty<SuggestedFix>();
    /// <summary>The sentence the finding stands in (source span), used for fingerprints and hover.</summary>
    public TextSpan SentenceSpan { get; init; }

    public string Id => Rule.Id;
    public string Name => Rule.Name;
}

/// <summary>A place elsewhere in the same draft that explains a diagnostic.</summary>
public sealed record RelatedLocation(TextSpan Span, LineRange Range, string Message);

/// <summary>A titled set of text edits that together fix a diagnostic.</summary>
public sealed record SuggestedFix(string Title, IReadOnlyList<TextEdit> Edits, bool IsPreferred = false);

/// <summary>Replace the source span with new text (an empty span inserts).</summary>
public sealed record TextEdit(TextSpan Span, string NewText);
