using SourceLint.Core.Rules;

namespace SourceLint.Eval;

/// <summary>The command line: <c>[--corpus DIR] [--top N] [--rules SL101,...] [--check]</c>.</summary>
internal sealed record EvalOptions(string? CorpusFolder, int Top, IReadOnlyList<RuleDescriptor> Rules, bool Check, bool Help)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tools/SourceLint.Eval -- [options]

        Runs the SourceLint engine over published news read at run time from ../shared/corpus
        (bbc-news, gum-wikinews, polnear) and prints warnings per 1,000 words per rule, the most
        frequent flagged phrases, and SL102's false-positive rate on PolNeAR's attributed quotes.

        Options:
          --corpus DIR     the folder holding bbc-news/, gum-wikinews/ and polnear/ (default ../shared/corpus
                           beside the repository)
          --top N          flagged phrases to list per rule (default 10; 0 lists none)
          --rules LIST     report only these rules, by id or name, comma-separated (all rules still run, so
                           precedence between rules is unchanged)
          --check          exit 1 when a target is missed (default: always exit 0 after a complete run)
          -h, --help       this text

        Exit codes: 0 done, 1 a target missed (with --check), 2 bad arguments or corpus folder missing.
        """;

    /// <summary>Parses the arguments, or returns an error message.</summary>
    public static (EvalOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? corpus = null;
        var top = 10;
        IReadOnlyList<RuleDescriptor> rules = RuleRegistry.All;
        bool check = false, help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    help = true;
                    break;
                case "--check":
                    check = true;
                    break;
                case "--corpus" or "--top" or "--rules":
                    if (i + 1 >= args.Count) return (null, $"{arg} needs a value");
                    var value = args[++i];
                    if (arg == "--corpus") corpus = value;
                    else if (arg == "--top")
                    {
                        if (!int.TryParse(value, out top) || top < 0) return (null, $"--top needs a whole number of 0 or more, not '{value}'");
                    }
                    else
                    {
                        var (parsed, error) = ParseRules(value);
                        if (error is not null) return (null, error);
                        rules = parsed!;
                    }
                    break;
                default:
                    return (null, $"unknown argument '{arg}'");
            }
        }
        return (new EvalOptions(corpus, top, rules, check, help), null);
    }

    private static (IReadOnlyList<RuleDescriptor>? Rules, string? Error) ParseRules(string list)
    {
        var rules = new List<RuleDescriptor>();
        foreach (var word in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var rule = RuleRegistry.Find(word);
            if (rule is null)
                return (null, $"unknown rule '{word}'; known rules are {string.Join(", ", RuleRegistry.All.Select(r => r.Id))} or their names");
            if (!rules.Contains(rule)) rules.Add(rule);
        }
        if (rules.Count == 0) return (null, "--rules needs at least one rule id or name");
        return (RuleRegistry.All.Where(rules.Contains).ToList(), null);
    }
}
