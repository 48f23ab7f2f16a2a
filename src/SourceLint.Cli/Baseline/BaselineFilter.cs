using SourceLint.Cli.Output;

namespace SourceLint.Cli.Baseline;

/// <summary>
/// Hides the findings a baseline records. Matching is by (path, rule, fingerprint) and counts duplicates:
/// two identical findings recorded once leave one new. Entries for files this run checked that match
/// nothing any more are stale (the finding was fixed or its sentence rewritten).
/// </summary>
public static class BaselineFilter
{
    public static RunReport Apply(IReadOnlyList<FileReport> files, IReadOnlyList<BaselineEntry> baseline, string baselinePath)
    {
        var remaining = baseline.GroupBy(e => (e.Path, e.Rule, e.Fingerprint)).ToDictionary(g => g.Key, g => g.ToList());
        var checkedPaths = new HashSet<string>(StringComparer.Ordinal);
        int matched = 0;
        var filtered = new List<FileReport>(files.Count);
        foreach (var file in files)
        {
            string key = BaselineFile.KeyPath(file.Path, baselinePath);
            checkedPaths.Add(key);
            var kept = file.Diagnostics.Where(d =>
            {
                if (remaining.TryGetValue((key, d.Id, Fingerprints.Of(d, file.Text)), out var list) && list.Count > 0)
                {
                    list.RemoveAt(list.Count - 1);
                    matched++;
                    return false;
                }
                return true;
            }).ToList();
            // An unreadable file cannot tell whether its entries still hold: never call them stale.
            if (file.Text is null) checkedPaths.Remove(key);
            filtered.Add(file with { Diagnostics = kept });
        }
        var stale = remaining.Values.SelectMany(l => l).Where(e => checkedPaths.Contains(e.Path))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
        return new RunReport(filtered) { StaleBaseline = stale, BaselineMatched = matched };
    }
}
