using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;

namespace SourceLint.Core.Rules.Claims;

/// <summary>SL203 stale-ledger-entry (information): a ledger claim that no sentence of the draft makes, reported at the entry.</summary>
public sealed class SL203StaleLedgerEntry : IRule
{
    public RuleDescriptor Descriptor => RuleRegistry.SL203;

    public void Check(DraftAnalysis analysis, List<Finding> findings)
    {
        foreach (var (entry, matches) in analysis.Claims.LedgerMatches)
        {
            if (matches.Count > 0) continue;
            var f = new Finding(Descriptor, Severity.Information, entry.ClaimSpan,
                $"No sentence of the draft makes the ledger claim \"{entry.Claim}\"; update or remove the entry.", null);
            // Remove the whole entry: from its "- claim:" line to the line before the next entry.
            var source = analysis.Draft.Source;
            int line = source.GetPosition(entry.ClaimSpan.Start).Line;
            int endLine = line + 1;
            while (endLine < source.LineCount)
            {
                string text = source.GetLineText(endLine).TrimStart();
                if (text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("---", StringComparison.Ordinal) || !source.GetLineText(endLine).StartsWith("  ", StringComparison.Ordinal)) break;
                endLine++;
            }
            f.WithFix("Remove the stale ledger entry", Text.TextSpan.FromBounds(source.GetLineStart(line), source.GetLineStart(endLine)), "", preferred: true);
            findings.Add(f);
        }
    }
}
