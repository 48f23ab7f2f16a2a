using SourceLint.Core.Diagnostics;
using SourceLint.Core.Rules;

namespace SourceLint.Core.Configuration;

/// <summary>
/// What a user may change: rules on/off and their severity, house-style additions to the lexicons,
/// and which files to include or exclude. Immutable; <see cref="Default"/> is the built-in behaviour.
/// </summary>
public sealed record LintConfiguration
{
    public static LintConfiguration Default { get; } = new();

    /// <summary>Per rule id: null severity means the rule is off.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleSeverities { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>Extra lexicon entries by lexicon name (see <see cref="Lexicons.LexiconNames"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> LexiconAdditions { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> Include { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Exclude { get; init; } = Array.Empty<string>();

    /// <summary>The file this configuration was read from, if any.</summary>
    public string? SourcePath { get; init; }

    public bool IsEnabled(RuleDescriptor rule) => !RuleSeverities.TryGetValue(rule.Id, out var s) || s is not null;

    public Severity SeverityOf(RuleDescriptor rule, Severity engineSeverity)
    {
        if (RuleSeverities.TryGetValue(rule.Id, out var s) && s is { } configured) return configured;
        return engineSeverity;
    }

    /// <summary>Layer <paramref name="over"/> on top of this configuration (its values win; lexicons merge).</summary>
    public LintConfiguration Merge(LintConfiguration over)
    {
        var severities = new Dictionary<string, Severity?>(RuleSeverities);
        foreach (var (k, v) in over.RuleSeverities) severities[k] = v;
        var lexicons = LexiconAdditions.ToDictionary(kv => kv.Key, kv => kv.Value.ToList());
        foreach (var (k, v) in over.LexiconAdditions)
        {
            if (!lexicons.TryGetValue(k, out var list)) lexicons[k] = list = new List<string>();
            list.AddRange(v.Where(x => !list.Contains(x, StringComparer.OrdinalIgnoreCase)));
        }
        return new LintConfiguration
        {
            RuleSeverities = severities,
            LexiconAdditions = lexicons.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value),
            Include = over.Include.Count > 0 ? over.Include : Include,
            Exclude = over.Exclude.Count > 0 ? over.Exclude : Exclude,
            SourcePath = over.SourcePath ?? SourcePath,
        };
    }
}
