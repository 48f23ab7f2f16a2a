using System.Text;
using SourceLint.Core.Configuration;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Rules;

namespace SourceLint.Cli.Configuration;

/// <summary>The commented <c>.sourcelint.yml</c> that <c>sourcelint init</c> writes: every rule at its default, every knob explained.</summary>
public static class ConfigTemplate
{
    public static string Text()
    {
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=").Append(ConfigSchema.Id).Append('\n');
        sb.Append("# SourceLint configuration. Found from each draft's folder upwards; the nearest file wins.\n");
        sb.Append("# Every key is checked: an unknown key, rule or severity is an error naming this file and line.\n\n");
        sb.Append("# Rule severities: off, hint, information, warning or error (on = the rule's default).\n");
        sb.Append("# Ids and names both work (SL101 or unattributed-figure).\n");
        sb.Append("rules:\n");
        foreach (var rule in RuleRegistry.All)
        {
            string severity = rule.DefaultSeverity.ToString().ToLowerInvariant();
            sb.Append($"  {rule.Id}: {severity}".PadRight(26)).Append($"# {rule.Name}: {rule.Summary}\n");
        }
        sb.Append("\n# House style: entries added to the built-in lexicons (never replacing them).\n");
        sb.Append($"# Lexicons: {string.Join(", ", LexiconNames.Extendable)}.\n");
        sb.Append("lexicon:\n");
        sb.Append("  reporting-verbs: []      # e.g. [briefed, tweeted]\n");
        sb.Append("  weasel-phrases: []       # e.g. [\"insiders say\"]\n");
        sb.Append("\n# Which drafts to check, as globs relative to this folder (default: every .md, .markdown and .txt).\n");
        sb.Append("include: []                # e.g. [\"stories/**/*.md\"]\n");
        sb.Append("exclude: []                # e.g. [\"archive/**\", \"**/*.notes.md\"]\n");
        return sb.ToString();
    }

    public const string FileName = ConfigurationLoader.FileName;
}
