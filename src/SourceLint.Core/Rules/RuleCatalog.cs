namespace SourceLint.Core.Rules;

/// <summary>Creates one instance of every rule class, in registry order.</summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<IRule> CreateAll() => [];
}
