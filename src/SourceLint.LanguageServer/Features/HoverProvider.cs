using System.Text;
using SourceLint.Core.Analysis;
using SourceLint.Core.Text;
using SourceLint.LanguageServer.Analysis;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Features;

/// <summary>
/// What the engine found in the sentence under the cursor (figures, quotes, the attribution covering
/// them and its source, hedges and boosters) and, on a diagnostic, what its rule asks and where its
/// documentation is. Markdown content.
/// </summary>
public static class HoverProvider
{
    public static Lsp.Hover? For(AnalysisOutcome outcome, Lsp.Position position)
    {
        if (outcome.Result is null) return null;
        var source = outcome.Source;
        int offset = LspConvert.OffsetOf(source, position);
        var md = new StringBuilder();
        TextSpan? hoverSpan = null;

        foreach (var d in outcome.Result.Diagnostics)
        {
            if (offset < d.Span.Start || offset > d.Span.End) continue;
            md.Append($"**{d.Id} {d.Name}** ({d.Severity.ToString().ToLowerInvariant()}): {Escape(d.Message)}\n\n");
            md.Append($"{Escape(d.Rule.Summary)} [Rule documentation]({d.Rule.HelpUri})\n\n");
            hoverSpan ??= d.Span;
        }

        var sentence = outcome.Result.Analysis.SentenceAt(offset);
        if (sentence is not null)
        {
            AppendSentence(md, sentence);
            hoverSpan ??= sentence.SourceSpan;
        }
        if (md.Length == 0) return null;
        return new Lsp.Hover(new Lsp.MarkupContent(Lsp.MarkupContent.Markdown, md.ToString().TrimEnd()))
        {
            Range = hoverSpan is { } span ? LspConvert.RangeOf(source, span) : null,
        };
    }

    private static void AppendSentence(StringBuilder md, SentenceAnalysis s)
    {
        int before = md.Length;
        foreach (var f in s.Figures)
        {
            string kind = f.IsStatistical ? "statistical figure" : "background figure";
            md.Append($"- {kind} **{Escape(f.Text)}**: {Covering(s, f.Span)}\n");
        }
        foreach (var q in s.Quotes)
        {
            string kind = q.IsTitleOrTerm ? "title or term" : q.IsScareQuote ? "scare quote" : "quote";
            string words = q.InnerText.Length > 80 ? q.InnerText[..77] + "…" : q.InnerText;
            var by = q.AttributedBy is { } a ? $"attributed to: {Escape(a.SourceText)}" : Covering(s, q.Span);
            md.Append($"- {kind} “{Escape(words)}”: {by}\n");
        }
        foreach (var a in s.Attributions)
        {
            string what = a.IsWeasel ? "vague attribution (no identifiable source)" : a.IsUnnamed ? "attribution to an unnamed source" : "attribution";
            md.Append($"- {what}: {Escape(a.SourceText)} ({a.Kind})\n");
        }
        if (s.ContextAttribution is { } ctx) md.Append($"- continues the attribution to: {Escape(ctx.SourceText)}\n");
        if (s.Hedges.Count > 0) md.Append($"- hedges: {string.Join(", ", s.Hedges.Select(h => Escape(h.Text)))}\n");
        if (s.Boosters.Count > 0) md.Append($"- boosters: {string.Join(", ", s.Boosters.Select(h => Escape(h.Text)))}\n");
        if (s.UnverifiedSignals.Count > 0) md.Append($"- marked unverified by: {string.Join(", ", s.UnverifiedSignals.Select(h => Escape(h.Text)))}\n");
        if (s.UnnamedSources.Count > 0) md.Append($"- unnamed sources: {string.Join(", ", s.UnnamedSources.Select(h => Escape(h.Text)))}\n");
        if (md.Length > before) md.Insert(before, $"**Sentence** ({s.Scope.ToString().ToLowerInvariant()})\n\n");
    }

    private static string Covering(SentenceAnalysis s, TextSpan span)
    {
        if (s.CoveringAttribution(span) is { } a) return $"attributed to: {Escape(a.SourceText)}";
        if (s.CoveringWeasel(span) is { } w) return $"only a vague attribution: {Escape(w.SourceText)}";
        return s.InsideQuote(span) ? "inside a quote" : "no attribution";
    }

    /// <summary>Keeps draft text from being read as Markdown markup.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|') sb.Append('\\');
            sb.Append(c is '\r' or '\n' ? ' ' : c);
        }
        return sb.ToString();
    }
}
