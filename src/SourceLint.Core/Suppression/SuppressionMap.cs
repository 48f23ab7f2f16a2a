using System.Text.RegularExpressions;
using SourceLint.Core.Documents;
using SourceLint.Core.Rules;

namespace SourceLint.Core.Suppression;

/// <summary>
/// Which rules are silenced on which lines, from comments in the draft:
/// <c>&lt;!-- sourcelint-disable-next-line SL101 --&gt;</c>, <c>&lt;!-- sourcelint-disable-line … --&gt;</c>,
/// <c>&lt;!-- sourcelint-disable SL104 --&gt;</c> … <c>&lt;!-- sourcelint-enable SL104 --&gt;</c>,
/// <c>&lt;!-- sourcelint-disable-file … --&gt;</c>; no ids means every rule; ids and names both work.
/// </summary>
public sealed partial class SuppressionMap
{
    [GeneratedRegex(@"<!--\s*sourcelint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)-->", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CommentPattern();

    private const string AllRules = "*";

    /// <summary>Ordered switches: from this line on, this rule is on or off.</summary>
    private readonly List<(int Line, string Rule, bool Disabled)> _switches = new();
    private readonly HashSet<(int Line, string Rule)> _lines = new();
    private readonly HashSet<string> _file = new();

    public static SuppressionMap Empty { get; } = new();

    /// <summary>Problems found in suppression comments (an unknown rule id), as (line, message).</summary>
    public List<(int Line, string Message)> Problems { get; } = new();

    public static SuppressionMap Build(Draft draft)
    {
        var map = new SuppressionMap();
        var source = draft.Source;
        IEnumerable<(int Start, int End)> regions = Draft.IsMarkdownPath(draft.Path)
            ? draft.CommentSpans.Select(s => (s.Start, s.End))
            : [(0, source.Length)];
        foreach (var (start, end) in regions)
        {
            if (end <= start || start >= source.Length) continue;
            string text = source.Text.Substring(start, Math.Min(end, source.Length) - start);
            // Nearly every draft has no suppression comment. A comment needs a '<', rare in prose: one vectorized search
            // for that character rules most drafts out at a fraction of the cost of searching for "sourcelint-".
            if (text.IndexOf('<') < 0 || !text.Contains("sourcelint-", StringComparison.Ordinal)) continue;
            foreach (Match m in CommentPattern().Matches(text))
            {
                int offset = start + m.Index;
                int line = source.GetPosition(offset).Line;
                int endLine = source.GetPosition(offset + m.Length).Line;
                var rules = map.ParseRules(m.Groups[2].Value, line);
                switch (m.Groups[1].Value)
                {
                    case "disable-next-line":
                        int next = endLine + 1;
                        while (next < source.LineCount && string.IsNullOrWhiteSpace(source.GetLineText(next))) next++;
                        foreach (var r in rules) map._lines.Add((next, r));
                        break;
                    case "disable-line":
                        foreach (var r in rules) map._lines.Add((line, r));
                        break;
                    case "disable-file":
                        foreach (var r in rules) map._file.Add(r);
                        break;
                    case "disable":
                        foreach (var r in rules) map._switches.Add((line, r, true));
                        break;
                    case "enable":
                        foreach (var r in rules) map._switches.Add((line, r, false));
                        break;
                }
            }
        }
        return map;
    }

    private List<string> ParseRules(string text, int line)
    {
        var rules = new List<string>();
        foreach (string word in text.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var rule = RuleRegistry.Find(word);
            if (rule is null) Problems.Add((line, $"unknown rule '{word}' in suppression comment"));
            else rules.Add(rule.Id);
        }
        if (rules.Count == 0 && Problems.All(p => p.Line != line)) rules.Add(AllRules);
        return rules;
    }

    public bool IsSuppressed(RuleDescriptor rule, int line)
    {
        if (_file.Contains(AllRules) || _file.Contains(rule.Id)) return true;
        if (_lines.Contains((line, AllRules)) || _lines.Contains((line, rule.Id))) return true;
        bool disabled = false;
        foreach (var (switchLine, r, off) in _switches)
        {
            if (switchLine > line) break;
            if (r == rule.Id) disabled = off;
            else if (r == AllRules) disabled = off;
        }
        return disabled;
    }
}
