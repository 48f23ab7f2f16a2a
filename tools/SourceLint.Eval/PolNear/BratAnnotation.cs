namespace SourceLint.Eval.PolNear;

/// <summary>A half-open span of UTF-16 offsets.</summary>
internal readonly record struct Span(int Start, int End);

/// <summary>One human-marked attribution relation: its content spans, and whether the annotator found a source.</summary>
internal sealed record AttributionRelation(string Kind, bool HasSource, IReadOnlyList<Span> Content);

/// <summary>
/// Reads a PolNeAR <c>.ann</c> file (BRAT standoff). <c>T</c> lines are labelled spans
/// (<c>T3	Content 120 211	text</c>, discontinuous as <c>120 150;160 211</c>); <c>E</c> lines tie one
/// attribution together (<c>E1	Attribution:T4 Content:T3 Cue:T2 Source:T1</c>, possibly Content2 …).
/// Malformed lines are counted and skipped, never fatal.
/// </summary>
internal static class BratAnnotation
{
    public sealed record Parsed(IReadOnlyList<AttributionRelation> Relations, int MalformedLines);

    public static Parsed Parse(IEnumerable<string> lines, CodePointMap map)
    {
        var spans = new Dictionary<string, (string Label, List<Span> Spans)>(StringComparer.Ordinal);
        var events = new List<string>();
        var malformed = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (line[0] == 'T')
            {
                if (cells.Length < 2 || !TryParseSpans(cells[1], map, out var label, out var parsed)) { malformed++; continue; }
                spans[cells[0]] = (label, parsed);
            }
            else if (line[0] == 'E')
            {
                if (cells.Length < 2) { malformed++; continue; }
                events.Add(cells[1]);
            }
            // Other BRAT lines (notes '#', relations 'R', attributes 'A') carry nothing this measure needs.
        }

        var relations = new List<AttributionRelation>(events.Count);
        foreach (var e in events)
        {
            var roles = e.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(r => r.Split(':', 2))
                .Where(r => r.Length == 2)
                .ToList();
            if (roles.Count == 0) { malformed++; continue; }
            var kind = roles[0][0];
            var hasSource = roles.Any(r => r[0].StartsWith("Source", StringComparison.Ordinal));
            var content = roles
                .Where(r => r[0].StartsWith("Content", StringComparison.Ordinal) && spans.ContainsKey(r[1]))
                .SelectMany(r => spans[r[1]].Spans)
                .ToList();
            relations.Add(new AttributionRelation(kind, hasSource, content));
        }
        return new Parsed(relations, malformed);
    }

    /// <summary>"Content 1775 1995;1998 2184" → label and spans (converted to UTF-16).</summary>
    internal static bool TryParseSpans(string cell, CodePointMap map, out string label, out List<Span> spans)
    {
        spans = [];
        var space = cell.IndexOf(' ');
        label = space > 0 ? cell[..space] : "";
        if (space <= 0) return false;
        foreach (var segment in cell[(space + 1)..].Split(';'))
        {
            var bounds = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2 || !int.TryParse(bounds[0], out var start) || !int.TryParse(bounds[1], out var end) || end < start)
                return false;
            spans.Add(new Span(map.ToUtf16(start), map.ToUtf16(end)));
        }
        return spans.Count > 0;
    }
}
