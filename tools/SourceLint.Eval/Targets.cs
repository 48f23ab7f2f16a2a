namespace SourceLint.Eval;

/// <summary>One figure with its target (issues 2 and 3: published news should raise almost nothing).</summary>
internal sealed record TargetCheck(string What, double Value, double Limit, string Unit)
{
    public bool Pass => Value <= Limit;

    public override string ToString() =>
        $"{What,-58} {Format(Value) + Unit,9}   target <= {Format(Limit) + Unit,-7}  {(Pass ? "PASS" : "FAIL")}";

    private static string Format(double v) => v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The limits the issues set.</summary>
internal static class Targets
{
    /// <summary>Issue 2: published news is well sourced, at most 1 warning per 1,000 words.</summary>
    public const double WarningsPerThousandWords = 1.0;
    /// <summary>Issue 3: the claim and hedging rules add at most 0.3 warnings per 1,000 words on BBC stories.</summary>
    public const double ClaimRuleWarningsPerThousandWords = 0.3;
    /// <summary>Issue 2: SL102 on at most 3% of direct quotes.</summary>
    public const double Sl102QuotePercent = 3.0;
}
