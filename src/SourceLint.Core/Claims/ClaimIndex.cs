using SourceLint.Core.Analysis;
using SourceLint.Core.Lexicons;

namespace SourceLint.Core.Claims;

/// <summary>An index of the draft's claim signatures, so "the same claim" is a lookup, not a comparison of all pairs.</summary>
public sealed class ClaimIndex
{
    public static ClaimIndex Build(IReadOnlyList<SentenceAnalysis> sentences, LexiconSet lexicons) => new();
}
