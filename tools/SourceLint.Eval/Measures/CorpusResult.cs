using SourceLint.Core.Rules;

namespace SourceLint.Eval.Measures;

/// <summary>What one rule raised over a corpus: warnings (severity warning or error), notes (below), and the phrases
/// of each, kept apart so that frequent low-severity notes do not hide the warnings worth hunting.</summary>
internal sealed class RuleTally(RuleDescriptor rule)
{
    public RuleDescriptor Rule { get; } = rule;
    public int Warnings { get; set; }
    public int Notes { get; set; }
    public Dictionary<string, int> WarningPhrases { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> NotePhrases { get; } = new(StringComparer.Ordinal);

    public void AddWarning(string phrase)
    {
        Warnings++;
        WarningPhrases[phrase] = WarningPhrases.GetValueOrDefault(phrase) + 1;
    }

    public void AddNote(string phrase)
    {
        Notes++;
        NotePhrases[phrase] = NotePhrases.GetValueOrDefault(phrase) + 1;
    }

    /// <summary>The most frequent phrases, ties broken alphabetically so runs compare line by line.</summary>
    public static IEnumerable<KeyValuePair<string, int>> Top(Dictionary<string, int> phrases, int n) =>
        phrases.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(n);
}

/// <summary>Words and warnings of one sub-collection (GUM news against interviews, BBC sections).</summary>
internal sealed class KindTally
{
    public int Files { get; set; }
    public long Words { get; set; }
    public int Warnings { get; set; }
}

/// <summary>The engine's findings over one corpus, with the counts that turn them into rates.</summary>
internal sealed class CorpusResult(string name, IReadOnlyList<RuleDescriptor> rules)
{
    public string Name { get; } = name;
    public int Files { get; set; }
    public long Words { get; set; }
    public long Utf8Bytes { get; set; }
    public TimeSpan Elapsed { get; set; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    public IReadOnlyList<RuleTally> Rules { get; } = rules.Select(r => new RuleTally(r)).ToList();
    public SortedDictionary<string, KindTally> Kinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Direct quotes of four words or more found by the evaluation's own scanner, and how many SL102 covers.</summary>
    public int Quotes { get; set; }
    public int QuotesFlaggedSl102 { get; set; }

    /// <summary>SL101 and SL102 warnings by where they stand against the spec's attribution scope.</summary>
    public Dictionary<string, ScopeTally> Scope { get; } =
        rules.Where(r => ScopeBreakdown.Rules.Contains(r.Id)).ToDictionary(r => r.Id, _ => new ScopeTally(), StringComparer.Ordinal);

    /// <summary>Input problems the engine reported (bad suppression comments, malformed ledgers).</summary>
    public int Problems { get; set; }
    /// <summary>Files on which the engine threw: it must not, so each is listed.</summary>
    public List<string> Failures { get; } = [];

    public int TotalWarnings => Rules.Sum(r => r.Warnings);
    public int TotalNotes => Rules.Sum(r => r.Notes);

    public double PerThousandWords(int count) => Words == 0 ? 0 : count * 1000.0 / Words;

    /// <summary>Warnings of the cross-draft and hedging rules (SL2xx, SL3xx), which have their own budget.</summary>
    public int ClaimAndHedgingWarnings => Rules.Where(r => r.Rule.Id.StartsWith("SL2", StringComparison.Ordinal) || r.Rule.Id.StartsWith("SL3", StringComparison.Ordinal)).Sum(r => r.Warnings);
}
