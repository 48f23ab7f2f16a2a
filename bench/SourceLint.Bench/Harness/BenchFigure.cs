using System.Globalization;

namespace SourceLint.Bench.Harness;

/// <summary>Which way a target points.</summary>
internal enum Goal { AtLeast, AtMost }

/// <summary>One measured figure, its target, and whether it meets it.</summary>
internal sealed record BenchFigure(string Name, double Value, string Unit, Goal Goal, double Target, string Detail = "")
{
    public bool Pass => Goal == Goal.AtLeast ? Value >= Target : Value <= Target;

    public override string ToString()
    {
        var sign = Goal == Goal.AtLeast ? ">=" : "<=";
        var value = Value.ToString("0.00", CultureInfo.InvariantCulture) + Unit;
        var target = Target.ToString("0.##", CultureInfo.InvariantCulture) + Unit;
        return $"{Name,-44} {value,12}   target {sign} {target,-9} {(Pass ? "PASS" : "FAIL")}"
            + (Detail.Length > 0 ? $"\n    {Detail}" : "");
    }
}
