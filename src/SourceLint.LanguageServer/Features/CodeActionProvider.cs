using SourceLint.Core.Text;
using SourceLint.LanguageServer.Analysis;
using Eng = SourceLint.Core.Diagnostics;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Features;

/// <summary>
/// Quick fixes for the diagnostics under the requested range: the engine's own fixes first, then the
/// generic ones every rule gets (disable for this line, for this file) and, for claims, the ledger.
/// </summary>
public static class CodeActionProvider
{
    /// <summary>Rules whose finding is about a claim the ledger can record.</summary>
    private static readonly HashSet<string> ClaimRules = ["SL101", "SL201", "SL202", "SL303"];

    public static List<Lsp.CodeAction> For(AnalysisOutcome outcome, Lsp.Range range, IReadOnlyList<string>? only)
    {
        var actions = new List<Lsp.CodeAction>();
        if (outcome.Result is null) return actions;
        if (only is { Count: > 0 } && !only.Any(k => k == Lsp.CodeActionKind.QuickFix || Lsp.CodeActionKind.QuickFix.StartsWith(k + ".", StringComparison.Ordinal) || k == "")) return actions;

        var source = outcome.Source;
        var disabledLines = new HashSet<(string, int)>();
        var disabledFile = new HashSet<string>();
        foreach (var d in outcome.Result.Diagnostics)
        {
            var lspRange = LspConvert.ToLsp(d.Range);
            if (!LspConvert.Intersects(lspRange, range)) continue;
            var lspDiagnostic = DiagnosticConverter.FromDiagnostic(outcome.Uri, source, d);

            foreach (var fix in d.Fixes)
                actions.Add(Action(fix.Title, outcome, lspDiagnostic, fix.IsPreferred, fix.Edits));

            if (ClaimRules.Contains(d.Id) && outcome.IsMarkdown)
            {
                string claim = ClaimText(outcome, d);
                var frontMatter = outcome.Result.Analysis.Draft.FrontMatter;
                actions.Add(Action("Mark as verified in the ledger", outcome, lspDiagnostic, false,
                    [LedgerEditor.Mark(source, frontMatter, claim, "verified")]));
                actions.Add(Action("Mark as unverified in the ledger", outcome, lspDiagnostic, false,
                    [LedgerEditor.Mark(source, frontMatter, claim, "unverified")]));
            }

            if (disabledLines.Add((d.Id, d.Range.Start.Line)))
                actions.Add(Action($"Disable {d.Id} for this line", outcome, lspDiagnostic, false, [DisableLine(source, d.Range.Start.Line, d.Id)]));
            if (disabledFile.Add(d.Id))
                actions.Add(Action($"Disable {d.Id} for this file", outcome, lspDiagnostic, false, [DisableFile(outcome, d.Id)]));
        }
        return actions;
    }

    /// <summary>The suppression comment on its own line above, indented like the flagged line.</summary>
    public static Eng.TextEdit DisableLine(SourceText source, int line, string ruleId)
    {
        int start = source.GetLineStart(line);
        string text = source.GetLineText(line);
        string indent = text[..(text.Length - text.TrimStart(' ', '\t').Length)];
        return new Eng.TextEdit(new TextSpan(start, start), $"{indent}<!-- sourcelint-disable-next-line {ruleId} -->{NewLine(source)}");
    }

    /// <summary>
    /// Markdown: the comment at the top, after the front matter. Plain text: at the end, so the first
    /// line stays the headline.
    /// </summary>
    public static Eng.TextEdit DisableFile(AnalysisOutcome outcome, string ruleId)
    {
        var source = outcome.Source;
        string nl = NewLine(source);
        string comment = $"<!-- sourcelint-disable-file {ruleId} -->";
        if (!outcome.IsMarkdown)
        {
            bool endsWithBreak = source.Length > 0 && source.Text[^1] is '\n' or '\r';
            return new Eng.TextEdit(new TextSpan(source.Length, source.Length), (endsWithBreak ? nl : nl + nl) + comment + nl);
        }
        var frontMatter = outcome.Result?.Analysis.Draft.FrontMatter;
        if (frontMatter is null) return new Eng.TextEdit(new TextSpan(0, 0), comment + nl);
        int line = source.GetPosition(Math.Max(frontMatter.SourceSpan.End - 1, 0)).Line + 1;
        int at = line < source.LineCount ? source.GetLineStart(line) : source.Length;
        string prefix = line < source.LineCount ? "" : nl;
        return new Eng.TextEdit(new TextSpan(at, at), prefix + comment + nl);
    }

    private static Lsp.CodeAction Action(string title, AnalysisOutcome outcome, Lsp.Diagnostic diagnostic, bool preferred, IReadOnlyList<Eng.TextEdit> edits) =>
        new(title)
        {
            Kind = Lsp.CodeActionKind.QuickFix,
            Diagnostics = [diagnostic],
            IsPreferred = preferred ? true : null,
            Edit = new Lsp.WorkspaceEdit
            {
                Changes = new Dictionary<string, List<Lsp.TextEdit>>
                {
                    [outcome.Uri] = edits.Select(e => new Lsp.TextEdit(LspConvert.RangeOf(outcome.Source, e.Span), e.NewText)).ToList(),
                },
            },
        };

    /// <summary>The claim as the ledger should record it: the flagged sentence, without its closing punctuation.</summary>
    private static string ClaimText(AnalysisOutcome outcome, Eng.Diagnostic d)
    {
        var sentence = outcome.Result!.Analysis.SentenceAt(d.Span.Start);
        string text = sentence?.Text ?? d.FlaggedText;
        return text.Trim().TrimEnd('.', '!', '?', ';', ':', ',').Trim();
    }

    private static string NewLine(SourceText source) => source.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}
