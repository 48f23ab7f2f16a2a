using SourceLint.Cli.Files;
using SourceLint.Core.Configuration;
using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Commands;

/// <summary>What <c>sourcelint check</c> (or <c>baseline write</c>) was asked to do, as parsed from its arguments.</summary>
public sealed class CheckOptions
{
    public List<string> Paths { get; } = new();
    public string Format { get; set; } = "text";
    public string? Output { get; set; }
    public string? Config { get; set; }
    /// <summary>auto (terminal and no NO_COLOR), always or never.</summary>
    public string Color { get; set; } = "auto";
    public string? Baseline { get; set; }
    public Severity MinSeverity { get; set; } = Severity.Hint;
    public bool Quiet { get; set; }
    public bool Stats { get; set; }
    public List<string> Exclude { get; } = new();
    public Shard? Shard { get; set; }
    public bool Help { get; set; }

    private static readonly string[] ValueOptions =
        ["--format", "-f", "--output", "-o", "--config", "--color", "--baseline", "--min-severity", "--exclude", "--shard"];

    /// <summary>
    /// A small hand-written parser (System.CommandLine would take an unknown option for a path):
    /// <c>--name value</c>, <c>--name=value</c>, <c>--</c> ends the options. Returns an error message or null.
    /// </summary>
    public static (CheckOptions Options, string? Error) Parse(string[] args)
    {
        var o = new CheckOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "--") { o.Paths.AddRange(args[(i + 1)..]); break; }
            if (!a.StartsWith('-') || a == "-") { o.Paths.Add(a); continue; }
            string name = a, inline = "";
            bool hasInline = false;
            int eq = a.IndexOf('=');
            if (a.StartsWith("--") && eq > 0) { name = a[..eq]; inline = a[(eq + 1)..]; hasInline = true; }

            switch (name)
            {
                case "--help" or "-h": o.Help = true; continue;
                case "--quiet" or "-q": o.Quiet = true; continue;
                case "--stats": o.Stats = true; continue;
            }
            if (!ValueOptions.Contains(name)) return (o, $"unknown option '{a}'");
            string? value = hasInline ? inline : i + 1 < args.Length ? args[++i] : null;
            if (value is null) return (o, $"option '{name}' needs a value");
            string? error = o.Set(name, value);
            if (error is not null) return (o, error);
        }
        return (o, null);
    }

    private string? Set(string name, string value)
    {
        switch (name)
        {
            case "--format" or "-f": Format = value.ToLowerInvariant(); break;
            case "--output" or "-o": Output = value; break;
            case "--config": Config = value; break;
            case "--baseline": Baseline = value; break;
            case "--exclude": Exclude.Add(value); break;
            case "--color":
                if (value is not ("auto" or "always" or "never")) return $"--color takes auto, always or never, not '{value}'";
                Color = value;
                break;
            case "--min-severity":
                if (!ConfigurationLoader.TryParseSeverity(value, out var s) || s is null)
                    return $"--min-severity takes hint, information, warning or error, not '{value}'";
                MinSeverity = s.Value;
                break;
            case "--shard":
                if (!Files.Shard.TryParse(value, out var shard)) return $"--shard takes I/N with 1 <= I <= N (for example 2/4), not '{value}'";
                Shard = shard;
                break;
        }
        return null;
    }
}
