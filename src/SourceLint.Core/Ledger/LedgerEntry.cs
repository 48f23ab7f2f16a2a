using SourceLint.Core.Text;

namespace SourceLint.Core.Ledger;

public enum LedgerStatus { Verified, Unverified, Disputed }

/// <summary>One claim in the reporter's verification ledger, with where its text stands in the file.</summary>
public sealed record LedgerEntry(string Claim, LedgerStatus Status, string? Source, TextSpan ClaimSpan)
{
    public bool IsUnverifiedSignal => Status is LedgerStatus.Unverified or LedgerStatus.Disputed;
}
