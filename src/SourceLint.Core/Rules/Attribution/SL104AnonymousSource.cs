using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;

namespace SourceLint.Core.Rules.Attribution;

/// <summary>
/// SL104 anonymous-source (information): each source whose identity the draft withholds, so that an
/// editor can confirm the anonymity policy was followed. The range is the source phrase. Never a
/// named person or body, a named body's official voice, a definite back-reference, a public
/// collective or a weasel phrase.
/// </summary>
public sealed class SL104AnonymousSource : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL104;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        foreach (var sentence in analysis.SentenceList)
            foreach (var source in sentence.UnnamedSources)
                findings.Add(Finding.At(Descriptor, Severity.Information, sentence, source.Span,
                    $"Unnamed source \"{source.Text}\": check that the newsroom's policy on anonymous sources was followed."));
    }
}
