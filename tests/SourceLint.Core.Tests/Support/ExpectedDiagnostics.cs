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

    /// <summary>The (line, rule, text) rows of an expected file.</summary>
    public static List<(int Line, string Rule, string Text)> ReadWithText(string tsvPath) =>
        File.ReadLines(tsvPath).Skip(1)
            .Where(raw => !string.IsNullOrWhiteSpace(raw))
            .Select(raw => raw.Split('\t'))
            .Where(parts => parts[1].Trim() != "IGNORE")
            .Select(parts => (int.Parse(parts[0]), parts[1].Trim(), parts.Length > 2 ? parts[2] : ""))
            .OrderBy(r => r.Item1).ThenBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.Item3, StringComparer.Ordinal).ToList();

    /// <summary>The (1-based line, rule, covered text) of every diagnostic the engine raises on a draft file.</summary>
    public static List<(int Line, string Rule, string Text)> ActualWithText(string draftPath)
    {
        string text = new System.Text.UTF8Encoding(false, true).GetString(File.ReadAllBytes(draftPath));
        if (text.StartsWith('\uFEFF')) text = text[1..]; // offsets count from after a BOM, as the CLI's and the server's do
        return new LintEngine().Lint(text, draftPath).Diagnostics
            .Select(d => (d.Range.Start.Line + 1, d.Id, text.Substring(d.Span.Start, d.Span.Length)))
            .OrderBy(r => r.Item1).ThenBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.Item3, StringComparer.Ordinal).ToList();
    }

    public static string DraftFor(string tsvPath)
    {
        string stem = tsvPath[..^".expected.tsv".Length];
        foreach (var ext in new[] { ".md", ".txt", ".markdown" })
            if (File.Exists(stem + ext)) return stem + ext;
        throw new FileNotFoundException("no draft beside " + tsvPath);
    }
}
