using SourceLint.Core.Diagnostics;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace SourceLint.Core.Configuration;

/// <summary>
/// Reads <c>.sourcelint.yml</c>. Every key is known or an error: a typo never silently becomes a default.
/// </summary>
public static class ConfigurationLoader
{
    public const string FileName = ".sourcelint.yml";
    public static readonly string[] TopLevelKeys = ["rules", "lexicon", "include", "exclude"];
    public static readonly string[] SeverityWords = ["off", "hint", "information", "info", "warning", "error"];

    /// <summary>The nearest <c>.sourcelint.yml</c> from the draft's folder upwards, or null.</summary>
    public static string? FindFor(string draftPath)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(draftPath));
        while (dir is not null)
        {
            string candidate = Path.Combine(dir, FileName);
            if (File.Exists(candidate)) return candidate;
            dir = Path.GetDirectoryName(dir);
        }
        return null;
    }

    public static LintConfiguration LoadFile(string path) => Parse(File.ReadAllText(path), path);

    public static LintConfiguration Parse(string yaml, string fileName)
    {
        var stream = YamlText.Load(yaml, fileName, 0, "");
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new LintConfiguration { SourcePath = fileName };
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw Error(fileName, stream.Documents[0].RootNode, "", "the configuration must be a mapping of keys (rules, lexicon, include, exclude)");

        var severities = new Dictionary<string, Severity?>();
        var lexicons = new Dictionary<string, IReadOnlyList<string>>();
        IReadOnlyList<string> include = Array.Empty<string>(), exclude = Array.Empty<string>();

        foreach (var (keyNode, value) in root.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? "";
            switch (key)
            {
                case "rules":
                    foreach (var (ruleKey, ruleValue) in Mapping(fileName, value, key).Children)
                    {
                        string ruleName = Scalar(fileName, ruleKey, key);
                        var rule = RuleRegistry.Find(ruleName)
                            ?? throw Error(fileName, ruleKey, ruleName, $"unknown rule; known rules are {string.Join(", ", RuleRegistry.All.Select(r => r.Id))} or their names");
                        severities[rule.Id] = ParseSeverity(fileName, ruleValue, ruleName);
                    }
                    break;
                case "lexicon":
                    foreach (var (lexKey, lexValue) in Mapping(fileName, value, key).Children)
                    {
                        string name = Scalar(fileName, lexKey, key);
                        if (!LexiconNames.Extendable.Contains(name))
                            throw Error(fileName, lexKey, name, $"unknown lexicon; known lexicons are {string.Join(", ", LexiconNames.Extendable)}");
                        lexicons[name] = Strings(fileName, lexValue, name);
                    }
                    break;
                case "include":
                    include = Strings(fileName, value, key);
                    break;
                case "exclude":
                    exclude = Strings(fileName, value, key);
                    break;
                default:
                    throw Error(fileName, keyNode, key, $"unknown key; known keys are {string.Join(", ", TopLevelKeys)}");
            }
        }
        return new LintConfiguration
        {
            RuleSeverities = severities,
            LexiconAdditions = lexicons,
            Include = include,
            Exclude = exclude,
            SourcePath = fileName,
        };
    }

    /// <summary>Parses a severity word; null means "off".</summary>
    public static bool TryParseSeverity(string word, out Severity? severity)
    {
        severity = null;
        switch (word.Trim().ToLowerInvariant())
        {
            case "off": case "none": case "false": return true;
            case "hint": severity = Severity.Hint; return true;
            case "information": case "info": severity = Severity.Information; return true;
            case "warning": case "warn": severity = Severity.Warning; return true;
            case "error": severity = Severity.Error; return true;
            default: return false;
        }
    }

    private static Severity? ParseSeverity(string file, YamlNode node, string key)
    {
        string word = Scalar(file, node, key);
        if (word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("true", StringComparison.OrdinalIgnoreCase))
            return RuleRegistry.Find(key)!.DefaultSeverity;
        if (TryParseSeverity(word, out var severity)) return severity;
        throw Error(file, node, key, $"'{word}' is not a severity; use one of off, hint, information, warning, error");
    }

    private static YamlMappingNode Mapping(string file, YamlNode node, string key) =>
        node as YamlMappingNode ?? throw Error(file, node, key, "expected a mapping");

    private static string Scalar(string file, YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(file, node, key, "expected a single value");

    private static IReadOnlyList<string> Strings(string file, YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } single } && single.Length > 0) return [single];
        if (node is not YamlSequenceNode seq) throw Error(file, node, key, "expected a list of strings");
        var list = new List<string>();
        foreach (var item in seq.Children)
        {
            string s = Scalar(file, item, key).Trim();
            if (s.Length == 0) throw Error(file, item, key, "empty entry");
            list.Add(s);
        }
        return list;
    }

    private static ConfigurationException Error(string file, YamlNode node, string key, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, key, message);
}
