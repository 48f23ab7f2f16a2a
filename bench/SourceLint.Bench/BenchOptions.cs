namespace SourceLint.Bench;

/// <summary>The command line: <c>[throughput|scaling|all|rules] [--corpus DIR] [--reps N] [--check]</c>.</summary>
internal sealed record BenchOptions(bool Throughput, bool Scaling, string? CorpusFolder, int Repetitions, bool Check, bool Help, bool RuleCosts = false, string? DraftsFolder = null)
{
    public const int DefaultRepetitions = 21;

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/SourceLint.Bench -- [throughput|scaling|all|rules] [options]

          throughput   (a) single-threaded engine throughput over the BBC stories in memory (MB/s)
          scaling      (b) a ~10,000-word draft against the same draft doubled, and
                       (c) a ~50,000-word draft against the ~10,000-word one (ratios of median times)
          all          both (the default); (d) the peak working set is printed after either
          rules        where the time goes: analysis alone and each rule alone, at 10,000 and 50,000 words
                       (no target; run it when (c) fails)
          drafts DIR   write the scaling drafts (draft-10k.md, draft-10k-doubled.md, draft-50k.md) into DIR,
                       a folder outside the repository, for bench/instructions.sh (corpus text: delete after use)

        Options:
          --corpus DIR   the folder holding bbc-news/ (default ../shared/corpus beside the repository)
          --reps N       timed runs per draft in the scaling benchmarks (default 21, at least 3)
          --check        exit 1 when a figure misses its target
          -h, --help     this text

        Exit codes: 0 done, 1 a target missed (with --check), 2 bad arguments or corpus folder missing.
        """;

    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? mode = null, corpus = null, drafts = null;
        var reps = DefaultRepetitions;
        bool check = false, help = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help": help = true; break;
                case "--check": check = true; break;
                case "--corpus":
                    if (i + 1 >= args.Count) return (null, "--corpus needs a value");
                    corpus = args[++i];
                    break;
                case "--reps":
                    if (i + 1 >= args.Count) return (null, "--reps needs a value");
                    if (!int.TryParse(args[++i], out reps) || reps < 3) return (null, $"--reps needs a whole number of 3 or more, not '{args[i]}'");
                    break;
                case "drafts":
                    if (mode is not null) return (null, $"one mode only, got '{mode}' and '{args[i]}'");
                    if (i + 1 >= args.Count) return (null, "drafts needs a folder");
                    mode = args[i];
                    drafts = args[++i];
                    break;
                case "throughput" or "scaling" or "all" or "rules":
                    if (mode is not null) return (null, $"one mode only, got '{mode}' and '{args[i]}'");
                    mode = args[i];
                    break;
                default:
                    return (null, $"unknown argument '{args[i]}'");
            }
        }
        mode ??= "all";
        return (new BenchOptions(mode is "throughput" or "all", mode is "scaling" or "all", corpus, reps, check, help, mode == "rules", drafts), null);
    }
}
