using SourceLint.Core.Rules.Attribution;
using SourceLint.Core.Rules.Claims;
using SourceLint.Core.Rules.Hedging;

namespace SourceLint.Core.Rules;

/// <summary>Creates one instance of every rule class, in registry order.</summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<IRule> CreateAll() =>
    [
        new SL101UnattributedFigure(),
        new SL102UnattributedQuote(),
        new SL103VagueAttribution(),
        new SL104AnonymousSource(),
        new SL201UnverifiedClaimAsFact(),
        new SL202UnattributedAllegation(),
        new SL203StaleLedgerEntry(),
        new SL301HeadlineOverstates(),
        new SL302ConflictingCertainty(),
        new SL303InconsistentHedging(),
        new SL304HedgedVerifiedClaim(),
    ];
}
