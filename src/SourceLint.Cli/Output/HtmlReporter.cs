using System.Net;
using System.Text;
using SourceLint.Core.Analysis;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Text;

namespace SourceLint.Cli.Output;

/// <summary>
/// A self-contained review page for editors: each draft shown line by line with every finding highlighted
/// in place, a side list grouped by rule and severity with filters, and the sources the draft relies on.
/// One file, no network: styles and script are inline and a Content-Security-Policy forbids fetching anything.
/// Every piece of draft text goes through <see cref="WebUtility.HtmlEncode"/>.
/// </summary>
public sealed class HtmlReporter : IReporter
{
    public bool ShowsSources => true;

    public void Write(TextWriter writer, RunReport report)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append($"<title>SourceLint review: {E(Title(report))}</title>\n<style>{HtmlAssets.Css}</style>\n</head>\n<body>\n");
        WriteHeader(sb, report);
        for (int i = 0; i < report.Files.Count; i++) WriteFile(sb, report.Files[i], $"f{i + 1}");
        sb.Append($"<script>{HtmlAssets.Script}</script>\n</body>\n</html>\n");
        writer.Write(sb.ToString());
    }

    private static string Title(RunReport report) =>
        report.Files.Count == 1 ? report.Files[0].Path : $"{report.Files.Count} drafts";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static void WriteHeader(StringBuilder sb, RunReport report)
    {
        sb.Append("<header>\n<h1>SourceLint review</h1>\n");
        sb.Append($"<p class=\"summary\">{E(TextReporter.Summary(report))}</p>\n");
        sb.Append("<form id=\"filters\" aria-label=\"Filters\">\n<fieldset><legend>Severity</legend>\n");
        foreach (var s in new[] { Severity.Error, Severity.Warning, Severity.Information, Severity.Hint })
        {
            string w = SeverityNames.Word(s);
            int n = report.Count(s);
            sb.Append($"<label class=\"sev-{w}\"><input type=\"checkbox\" data-filter=\"severity\" value=\"{w}\" checked> {w} ({n})</label>\n");
        }
        sb.Append("</fieldset>\n<fieldset><legend>Rule</legend>\n");
        foreach (var group in report.All.GroupBy(x => x.Diagnostic.Rule).OrderBy(g => g.Key.Id, StringComparer.Ordinal))
            sb.Append($"<label><input type=\"checkbox\" data-filter=\"rule\" value=\"{E(group.Key.Id)}\" checked> {E(group.Key.Id)} {E(group.Key.Name)} ({group.Count()})</label>\n");
        sb.Append("</fieldset>\n</form>\n");
        if (report.Files.Count > 1)
        {
            sb.Append("<nav><ul>\n");
            for (int i = 0; i < report.Files.Count; i++)
                sb.Append($"<li><a href=\"#f{i + 1}\">{E(report.Files[i].Path)}</a> ({report.Files[i].Diagnostics.Count})</li>\n");
            sb.Append("</ul></nav>\n");
        }
        sb.Append("</header>\n");
    }

    private static void WriteFile(StringBuilder sb, FileReport file, string id)
    {
        sb.Append($"<section class=\"draft-file\" id=\"{id}\" data-path=\"{E(file.Path)}\">\n<h2>{E(file.Path)}</h2>\n<div class=\"layout\">\n");
        sb.Append("<article class=\"draft\">\n");
        if (file.Text is null) sb.Append("<p class=\"unreadable\">This draft could not be read.</p>\n");
        else WriteDraft(sb, file, id);
        sb.Append("</article>\n<aside>\n");
        WriteErrors(sb, file);
        WriteFindingList(sb, file, id);
        WriteSources(sb, file.Sources, id);
        sb.Append("</aside>\n</div>\n</section>\n");
    }

    /// <summary>The draft line by line; each stretch of text covered by findings is one &lt;mark&gt; naming them all.</summary>
    private static void WriteDraft(StringBuilder sb, FileReport file, string id)
    {
        var source = new SourceText(file.Text!);
        var findings = file.Diagnostics.Select((d, i) => (Id: $"{id}-d{i + 1}", D: d, Start: Math.Clamp(d.Span.Start, 0, source.Length),
            End: Math.Clamp(Math.Max(d.Span.End, d.Span.Start + 1), 0, source.Length))).ToList();
        var anchored = new HashSet<string>();
        for (int line = 0; line < source.LineCount; line++)
        {
            int start = source.GetLineStart(line), end = source.GetLineEndWithoutBreak(line);
            string text = source.Text[start..end];
            sb.Append($"<div class=\"line{LineClass(text)}\" id=\"{id}-L{line + 1}\"><span class=\"ln\">{line + 1}</span><span class=\"tx\">");
            var cuts = new SortedSet<int> { start, end };
            foreach (var f in findings)
            {
                if (f.End <= start || f.Start >= end) continue;
                cuts.Add(Math.Max(f.Start, start));
                cuts.Add(Math.Min(f.End, end));
            }
            int prev = -1;
            foreach (int cut in cuts)
            {
                if (prev >= 0 && cut > prev) WriteSegment(sb, source.Text, prev, cut, findings, anchored);
                prev = cut;
            }
            sb.Append("</span></div>\n");
        }
    }

    private static string LineClass(string text)
    {
        string t = text.TrimStart();
        if (t.Length == 0) return " blank";
        if (t.StartsWith('#')) return " heading";
        if (t.StartsWith('>')) return " quote";
        return "";
    }

    private static void WriteSegment(StringBuilder sb, string text, int from, int to,
        List<(string Id, Diagnostic D, int Start, int End)> findings, HashSet<string> anchored)
    {
        var covering = findings.Where(f => f.Start < to && f.End > from).ToList();
        string content = E(text[from..to]);
        if (covering.Count == 0) { sb.Append(content); return; }
        foreach (var f in covering.Where(f => f.Start >= from && anchored.Add(f.Id)))
            sb.Append($"<span class=\"anchor\" id=\"{f.Id}\"></span>");
        var top = covering.Max(f => f.D.Severity);
        string tags = string.Join(' ', covering.Select(f => $"{f.D.Id}:{SeverityNames.Word(f.D.Severity)}"));
        string title = string.Join("\n", covering.Select(f => $"{f.D.Id} {f.D.Name}: {f.D.Message}"));
        string ids = string.Join(' ', covering.Select(f => f.Id));
        sb.Append($"<mark class=\"finding sev-{SeverityNames.Word(top)}\" data-findings=\"{ids}\" data-tags=\"{E(tags)}\" title=\"{E(title)}\">{content}</mark>");
    }

    private static void WriteErrors(StringBuilder sb, FileReport file)
    {
        if (file.Errors.Count == 0) return;
        sb.Append("<h3>Could not check</h3>\n<ul class=\"errors\">\n");
        foreach (var e in file.Errors) sb.Append($"<li>{E(e)}</li>\n");
        sb.Append("</ul>\n");
    }

    /// <summary>Findings grouped by rule, then by severity, each linking to its place in the draft.</summary>
    private static void WriteFindingList(StringBuilder sb, FileReport file, string id)
    {
        sb.Append($"<h3>Findings ({file.Diagnostics.Count})</h3>\n");
        if (file.Diagnostics.Count == 0) { sb.Append("<p class=\"none\">No findings.</p>\n"); return; }
        var numbered = file.Diagnostics.Select((d, i) => (Id: $"{id}-d{i + 1}", D: d)).ToList();
        foreach (var byRule in numbered.GroupBy(x => x.D.Rule).OrderBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            var rule = byRule.Key;
            sb.Append($"<div class=\"rule-group\" data-rule=\"{E(rule.Id)}\">\n<h4>{E(rule.Id)} {E(rule.Name)} <span class=\"count\">{byRule.Count()}</span></h4>\n");
            sb.Append($"<p class=\"rule-summary\">{E(rule.Summary)} <a href=\"{E(rule.HelpUri)}\" rel=\"noreferrer\">docs</a></p>\n");
            foreach (var bySeverity in byRule.GroupBy(x => x.D.Severity).OrderByDescending(g => g.Key))
            {
                string w = SeverityNames.Word(bySeverity.Key);
                sb.Append($"<h5 class=\"sev-{w}\">{w}</h5>\n<ul>\n");
                foreach (var (fid, d) in bySeverity)
                    sb.Append($"<li class=\"item sev-{w}\" data-rule=\"{E(d.Id)}\" data-severity=\"{w}\"><a href=\"#{fid}\">line {d.Range.Start.Line + 1}</a> " +
                              $"<q>{E(d.FlaggedText)}</q> {E(d.Message)}</li>\n");
                sb.Append("</ul>\n");
            }
            sb.Append("</div>\n");
        }
    }

    /// <summary>The sources the draft relies on, named and unnamed, with the figures, quotes and claims each backs.</summary>
    private static void WriteSources(StringBuilder sb, SourceReport? sources, string id)
    {
        sb.Append("<h3>Sources</h3>\n");
        if (sources is null || (sources.Sources.Count == 0 && sources.Unattributed.Count == 0))
        {
            sb.Append("<p class=\"none\">No sources recognised in this draft.</p>\n");
            return;
        }
        sb.Append("<ul class=\"sources\">\n");
        foreach (var s in sources.Sources)
        {
            sb.Append($"<li class=\"source kind-{s.Kind.ToString().ToLowerInvariant()}\"><a href=\"#{id}-L{s.Range.Start.Line + 1}\">{E(s.Name)}</a> <span class=\"kind\">{KindWord(s.Kind)}</span>");
            if (s.Backs.Count > 0)
            {
                sb.Append("\n<ul>\n");
                foreach (var b in s.Backs) WriteBacked(sb, b, id);
                sb.Append("</ul>");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ul>\n");
        if (sources.Unattributed.Count > 0)
        {
            sb.Append("<h4>Backed by no source</h4>\n<ul class=\"unattributed\">\n");
            foreach (var b in sources.Unattributed) WriteBacked(sb, b, id);
            sb.Append("</ul>\n");
        }
    }

    private static void WriteBacked(StringBuilder sb, BackedItem b, string id) =>
        sb.Append($"<li class=\"backed\"><span class=\"kind\">{b.Kind.ToString().ToLowerInvariant()}</span> <a href=\"#{id}-L{b.Range.Start.Line + 1}\">line {b.Range.Start.Line + 1}</a> <q>{E(b.Text)}</q></li>\n");

    private static string KindWord(SourceKind kind) => kind switch
    {
        SourceKind.Named => "named",
        SourceKind.Unnamed => "unnamed",
        SourceKind.Document => "document",
        SourceKind.Link => "link",
        SourceKind.Weasel => "weasel phrase",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
