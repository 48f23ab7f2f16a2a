using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;

namespace SourceLint.Core.Rules;

/// <summary>One check. It reads the shared analysis and reports findings; it never parses text itself.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }
    void Check(DraftAnalysis analysis, List<Finding> findings);
}
