using SourceLint.Core;

namespace SourceLint.Core.Tests.Support;

/// <summary>Reads NAME.expected.tsv (header, then line, rule, text) and compares it with what the engine raises.</summary>
public static class ExpectedDiagnostics
{
    public static List<(int Line, string Rule)> Read(string tsvPath)
    {
        var rows = new List<(int, string)>();
        foreach (string raw in File.ReadLines(tsvPath).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var parts = raw.Split('\t');
            if (parts[1].Trim() == "IGNORE") continue;
            rows.Add((int.Parse(parts[0]), parts[1].Trim()));
        }
        return rows.OrderBy(r => r.Item1).ThenBy(r => r.Item2, StringComparer.Ordinal).ToList();
    }

    /// <summary>The (1-based line, rule) pairs the engine raises on a draft file.</summary>
    public static List<(int Line, string Rule)> Actual(string draftPath)
    {
        byte[] bytes = File.ReadAllBytes(draftPath);
        string text = new System.Text.UTF8Encoding(false, true).GetString(bytes);
        var result = new LintEngine().Lint(text, draftPath);
        return result.Diagnostics
            .Select(d => (d.Range.Start.Line + 1, d.Id))
            .OrderBy(r => r.Item1).ThenBy(r => r.Item2, StringComparer.Ordinal).ToList();
    }

    public static string DraftFor(string tsvPath)
    {
        string stem = tsvPath[..^".expected.tsv".Length];
        foreach (var ext in new[] { ".md", ".txt", ".markdown" })
            if (File.Exists(stem + ext)) return stem + ext;
        throw new FileNotFoundException("no draft beside " + tsvPath);
    }
}
