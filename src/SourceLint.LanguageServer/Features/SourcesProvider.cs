using SourceLint.Core.Analysis;
using SourceLint.LanguageServer.Analysis;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Features;

/// <summary>The draft's sources and what each backs: as document symbols, as a code lens summary, and as the sourcelint/sources model.</summary>
public static class SourcesProvider
{
    public const string UnattributedName = "Unattributed";

    public static Lsp.SourcesResult Sources(AnalysisOutcome outcome)
    {
        if (outcome.Result is null) return new Lsp.SourcesResult(outcome.Uri, outcome.Version, [], []);
        var report = outcome.Result.Sources;
        return new Lsp.SourcesResult(outcome.Uri, outcome.Version,
            report.Sources.Select(s => new Lsp.SourceEntry(s.Name, s.Kind.ToString().ToLowerInvariant(), LspConvert.ToLsp(s.Range), s.Backs.Select(Backed).ToList())).ToList(),
            report.Unattributed.Select(Backed).ToList());
    }

    public static List<Lsp.DocumentSymbol> Symbols(AnalysisOutcome outcome)
    {
        var symbols = new List<Lsp.DocumentSymbol>();
        if (outcome.Result is null) return symbols;
        var report = outcome.Result.Sources;
        foreach (var s in report.Sources)
        {
            var selection = LspConvert.ToLsp(s.Range);
            var children = s.Backs.Select(Symbol).ToList();
            symbols.Add(new Lsp.DocumentSymbol(string.IsNullOrWhiteSpace(s.Name) ? "(source)" : s.Name, KindOf(s.Kind), Union(selection, children), selection)
            {
                Detail = $"{s.Kind.ToString().ToLowerInvariant()} source · backs {s.Backs.Count}",
                Children = children,
            });
        }
        var unattributed = report.Unattributed.Select(Symbol).ToList();
        var first = unattributed.Count > 0 ? unattributed[0].SelectionRange : new Lsp.Range(new Lsp.Position(0, 0), new Lsp.Position(0, 0));
        symbols.Add(new Lsp.DocumentSymbol(UnattributedName, Lsp.SymbolKind.Namespace, Union(first, unattributed), first)
        {
            Detail = $"{unattributed.Count} item(s) no source backs",
            Children = unattributed,
        });
        return symbols;
    }

    /// <summary>One lens on the headline line: how many figures, quotes, unattributed items and unnamed sources the draft has.</summary>
    public static List<Lsp.CodeLens> Lenses(AnalysisOutcome outcome)
    {
        if (outcome.Result is null) return [];
        var analysis = outcome.Result.Analysis;
        var headline = analysis.Draft.Headline;
        int line = headline is null ? 0 : outcome.Source.GetPosition(headline.SourceSpan.Start).Line;
        int figures = analysis.Sentences.Sum(s => s.Figures.Count);
        int quotes = analysis.Sentences.Sum(s => s.Quotes.Count(q => !q.IsTitleOrTerm));
        int unattributed = outcome.Result.Sources.Unattributed.Count;
        int unnamed = analysis.Sentences.Sum(s => s.UnnamedSources.Count);
        string title = $"{Count(figures, "figure")} · {Count(quotes, "quote")} · {unattributed} unattributed · {Count(unnamed, "unnamed source")}";
        var at = new Lsp.Position(line, 0);
        // A title-only lens: the empty command id makes it informational (nothing to run on click).
        return [new Lsp.CodeLens(new Lsp.Range(at, at)) { Command = new Lsp.Command(title, "") }];
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static Lsp.BackedEntry Backed(BackedItem item) => new(item.Kind.ToString().ToLowerInvariant(), item.Text, LspConvert.ToLsp(item.Range));

    private static Lsp.DocumentSymbol Symbol(BackedItem item)
    {
        var range = LspConvert.ToLsp(item.Range);
        var kind = item.Kind switch
        {
            BackedItemKind.Figure => Lsp.SymbolKind.Number,
            BackedItemKind.Quote => Lsp.SymbolKind.String,
            _ => Lsp.SymbolKind.Event,
        };
        string name = item.Text.Length > 60 ? item.Text[..57] + "…" : item.Text;
        return new Lsp.DocumentSymbol(string.IsNullOrWhiteSpace(name) ? "(item)" : name, kind, range, range)
        {
            Detail = item.Kind.ToString().ToLowerInvariant(),
        };
    }

    private static Lsp.SymbolKind KindOf(SourceKind kind) => kind switch
    {
        SourceKind.Named => Lsp.SymbolKind.Class,
        SourceKind.Unnamed => Lsp.SymbolKind.Interface,
        SourceKind.Document => Lsp.SymbolKind.File,
        SourceKind.Link => Lsp.SymbolKind.Module,
        _ => Lsp.SymbolKind.Variable,
    };

    /// <summary>A parent's range must contain its children's: the source's own span joined with all it backs.</summary>
    private static Lsp.Range Union(Lsp.Range own, IEnumerable<Lsp.DocumentSymbol> children)
    {
        var start = own.Start;
        var end = own.End;
        foreach (var c in children)
        {
            if (LspConvert.Compare(c.Range.Start, start) < 0) start = c.Range.Start;
            if (LspConvert.Compare(c.Range.End, end) > 0) end = c.Range.End;
        }
        return new Lsp.Range(start, end);
    }
}
