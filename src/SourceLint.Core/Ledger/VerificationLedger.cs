using SourceLint.Core.Configuration;
using SourceLint.Core.Documents;
using SourceLint.Core.Text;
using YamlDotNet.RepresentationModel;

namespace SourceLint.Core.Ledger;

/// <summary>
/// The reporter's verification ledger: <c>sourcelint: claims:</c> in a Markdown draft's front matter,
/// each entry a <c>claim</c>, a <c>status</c> (verified, unverified, disputed) and an optional <c>source</c>.
/// </summary>
public sealed class VerificationLedger
{
    public static VerificationLedger Empty { get; } = new([]);

    private VerificationLedger(IReadOnlyList<LedgerEntry> entries) => Entries = entries;

    public IReadOnlyList<LedgerEntry> Entries { get; }

    /// <summary>Reads the ledger; a malformed one throws an error naming its line.</summary>
    public static VerificationLedger Read(Draft draft)
    {
        if (draft.FrontMatter is not { } fm || !fm.Yaml.Contains("sourcelint", StringComparison.Ordinal)) return Empty;
        var stream = YamlText.Load(fm.Yaml, draft.Path, fm.FirstLine, "front matter is ");
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return Empty;
        if (!root.Children.TryGetValue(new YamlScalarNode("sourcelint"), out var section)) return Empty;
        var reader = new EntryReader(draft, fm);
        if (section is not YamlMappingNode sectionMap) throw reader.Error(section, "sourcelint", "expected a mapping with a 'claims' list");
        var entries = new List<LedgerEntry>();
        foreach (var (key, value) in sectionMap.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (name != "claims") throw reader.Error(key, name, "unknown key in the ledger; expected 'claims'");
            if (value is YamlScalarNode { Value: null or "" }) continue;
            if (value is not YamlSequenceNode list) throw reader.Error(value, "claims", "expected a list of claims");
            foreach (var item in list.Children) entries.Add(reader.ReadEntry(item));
        }
        return new VerificationLedger(entries);
    }

    private sealed class EntryReader(Draft draft, FrontMatter fm)
    {
        public LedgerEntry ReadEntry(YamlNode item)
        {
            if (item is not YamlMappingNode map) throw Error(item, "claims", "each claim must be a mapping with 'claim' and 'status'");
            string? claim = null, status = null, source = null;
            YamlNode? claimNode = null, statusNode = null;
            foreach (var (key, value) in map.Children)
            {
                string name = (key as YamlScalarNode)?.Value ?? "";
                string? text = value is YamlScalarNode s ? s.Value : throw Error(value, name, "expected a single value");
                switch (name)
                {
                    case "claim": claim = text; claimNode = value; break;
                    case "status": status = text; statusNode = value; break;
                    case "source": source = text; break;
                    default: throw Error(key, name, "unknown key in a ledger claim; expected claim, status, source");
                }
            }
            if (string.IsNullOrWhiteSpace(claim)) throw Error(item, "claim", "a ledger entry needs a 'claim'");
            var parsed = status?.Trim().ToLowerInvariant() switch
            {
                "verified" => LedgerStatus.Verified,
                "unverified" => LedgerStatus.Unverified,
                "disputed" => LedgerStatus.Disputed,
                null => throw Error(item, "status", "a ledger entry needs a 'status' (verified, unverified or disputed)"),
                _ => throw Error(statusNode ?? item, "status", $"'{status}' is not a status; use verified, unverified or disputed"),
            };
            return new LedgerEntry(claim.Trim(), parsed, source, SpanOf(claimNode!, claim));
        }

        private TextSpan SpanOf(YamlNode node, string claim)
        {
            int line = fm.FirstLine + (int)node.Start.Line - 1;
            int lineStart = draft.Source.GetLineStart(line);
            int start = lineStart + (int)node.Start.Column - 1;
            string lineText = draft.Source.GetLineText(line);
            int at = lineText.IndexOf(claim.Trim(), StringComparison.Ordinal);
            if (at >= 0) return new TextSpan(lineStart + at, lineStart + at + claim.Trim().Length);
            return new TextSpan(start, draft.Source.GetLineEndWithoutBreak(line));
        }

        public ConfigurationException Error(YamlNode node, string key, string message) =>
            new(draft.Path, fm.FirstLine + (int)node.Start.Line, (int)node.Start.Column, key, message);
    }
}
