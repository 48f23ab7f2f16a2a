using SourceLint.Core.Text;

namespace SourceLint.Core.Analysis;

public enum SourceKind { Named, Unnamed, Document, Link, Weasel }
public enum BackedItemKind { Figure, Quote, Claim }

/// <summary>A figure, quote or claim, with where it stands.</summary>
public sealed record BackedItem(BackedItemKind Kind, string Text, TextSpan Span, LineRange Range);

/// <summary>A source the draft relies on, with every figure, quote and claim it backs.</summary>
public sealed record ReportedSource(string Name, SourceKind Kind, TextSpan Span, LineRange Range, IReadOnlyList<BackedItem> Backs);

/// <summary>The draft's sources (named and unnamed) with what each backs, and what nothing backs.</summary>
public sealed record SourceReport(IReadOnlyList<ReportedSource> Sources, IReadOnlyList<BackedItem> Unattributed)
{
    public static SourceReport Build(DraftAnalysis analysis) => new([], []);
}
