using SourceLint.Core.Diagnostics;

namespace SourceLint.Core.Rules;

/// <summary>Every rule SourceLint knows, with its id, name, default severity and one-line summary.</summary>
public static class RuleRegistry
{
    public static readonly RuleDescriptor SL101 = new("SL101", "unattributed-figure", Severity.Warning,
        "A figure that no attribution covers.", "attribution");
    public static readonly RuleDescriptor SL102 = new("SL102", "unattributed-quote", Severity.Warning,
        "A direct quote that no attribution covers.", "attribution");
    public static readonly RuleDescriptor SL103 = new("SL103", "vague-attribution", Severity.Warning,
        "A figure, quote or claim whose only source is a weasel phrase.", "attribution");
    public static readonly RuleDescriptor SL104 = new("SL104", "anonymous-source", Severity.Information,
        "An unnamed source, for the editor to check against the anonymity policy.", "attribution");
    public static readonly RuleDescriptor SL201 = new("SL201", "unverified-claim-as-fact", Severity.Warning,
        "A claim the draft marks unverified elsewhere, stated here as fact.", "claims");
    public static readonly RuleDescriptor SL202 = new("SL202", "unattributed-allegation", Severity.Warning,
        "An accusation of a crime, an atrocity or an attack stated as fact with no attribution.", "claims");
    public static readonly RuleDescriptor SL203 = new("SL203", "stale-ledger-entry", Severity.Information,
        "A verification-ledger claim that no sentence of the draft makes.", "claims");
    public static readonly RuleDescriptor SL301 = new("SL301", "headline-overstates", Severity.Warning,
        "The headline or lede states as fact what the body only hedges or attributes to a party.", "hedging");
    public static readonly RuleDescriptor SL302 = new("SL302", "conflicting-certainty", Severity.Warning,
        "One claim framed with both a hedge and a booster.", "hedging");
    public static readonly RuleDescriptor SL303 = new("SL303", "inconsistent-hedging", Severity.Warning,
        "The same claim hedged in one place and bare in another, or a figure that drifts between mentions.", "hedging");
    public static readonly RuleDescriptor SL304 = new("SL304", "hedged-verified-claim", Severity.Information,
        "The ledger marks this claim verified, yet the text still hedges it.", "hedging");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [SL101, SL102, SL103, SL104, SL201, SL202, SL203, SL301, SL302, SL303, SL304];

    /// <summary>The rule with this id or name (case-insensitive), or null.</summary>
    public static RuleDescriptor? Find(string idOrName) => All.FirstOrDefault(r => r.Matches(idOrName.Trim()));
}
