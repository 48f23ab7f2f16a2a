using System.Text;
using SourceLint.Core;
using SourceLint.Core.Configuration;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Text;
using SourceLint.LanguageServer.Documents;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Features;

/// <summary>Turns a lint result (and a configuration error, if any) into LSP diagnostics.</summary>
public static class DiagnosticConverter
{
    public const string Source = "sourcelint";
    /// <summary>Code of problems with the input itself (a malformed ledger, a bad suppression comment).</summary>
    public const string InputCode = "input";
    /// <summary>Code of a bad <c>.sourcelint.yml</c>.</summary>
    public const string ConfigCode = "config";
    /// <summary>Code of a draft too large to analyse.</summary>
    public const string SizeCode = "size";
    /// <summary>Code of an analysis that failed inside the engine.</summary>
    public const string InternalCode = "internal";


    public static List<Lsp.Diagnostic> Convert(string uri, SourceText source, LintResult? result, ConfigurationException? configError)
    {
        var list = new List<Lsp.Diagnostic>();
        if (configError is not null) list.Add(FromConfigError(source, configError));
        if (result is null) return list;
        foreach (var problem in result.Problems) list.Add(FromProblem(source, problem));
        foreach (var d in result.Diagnostics) list.Add(FromDiagnostic(uri, source, d));
        return list;
    }

    public static Lsp.Diagnostic FromDiagnostic(string uri, SourceText source, Diagnostic d) => new(LspConvert.ToLsp(d.Range), d.Message)
    {
        Severity = ToLsp(d.Severity),
        Code = d.Id,
        CodeDescription = new Lsp.CodeDescription(d.Rule.HelpUri),
        Source = Source,
        Tags = d.Id is "SL203" or "SL304" ? [Lsp.DiagnosticTag.Unnecessary] : null,
        RelatedInformation = d.Related.Count == 0 ? null :
            d.Related.Select(r => new Lsp.DiagnosticRelatedInformation(new Lsp.Location(uri, LspConvert.ToLsp(r.Range)), r.Message)).ToList(),
        Data = new Lsp.DiagnosticData(d.Id, d.Span.Start, d.Span.End),
    };

    /// <summary>A problem with the input: an error at its line (1-based in the engine, 0-based here).</summary>
    public static Lsp.Diagnostic FromProblem(SourceText source, LintProblem problem)
    {
        int line = Math.Clamp(problem.Line - 1, 0, Math.Max(source.LineCount - 1, 0));
        int start = source.GetOffset(line, Math.Max(problem.Column - 1, 0));
        int end = source.GetLineEndWithoutBreak(line);
        if (end <= start) start = source.GetLineStart(line);
        return new Lsp.Diagnostic(LspConvert.RangeOf(source, TextSpan.FromBounds(start, end)), problem.Message)
        {
            Severity = Lsp.DiagnosticSeverity.Error,
            Code = InputCode,
            Source = Source,
        };
    }

    /// <summary>
    /// A bad configuration file: reported on the draft's first line (the draft is what it affects) with
    /// the file, line and key in the message and a related location pointing into the file.
    /// </summary>
    public static Lsp.Diagnostic FromConfigError(SourceText source, ConfigurationException e)
    {
        var range = LspConvert.RangeOf(source, TextSpan.FromBounds(0, source.LineCount > 0 ? source.GetLineEndWithoutBreak(0) : 0));
        var at = new Lsp.Position(Math.Max(e.Line - 1, 0), Math.Max(e.Column - 1, 0));
        return new Lsp.Diagnostic(range, $"{e.Message} (the draft is checked without this file until it is fixed)")
        {
            Severity = Lsp.DiagnosticSeverity.Error,
            Code = ConfigCode,
            Source = Source,
            RelatedInformation = [new Lsp.DiagnosticRelatedInformation(new Lsp.Location(DraftPaths.FileUri(e.File), new Lsp.Range(at, at)), e.Problem)],
        };
    }

    public static Lsp.Diagnostic InternalError(SourceText source, Exception e) =>
        new(new Lsp.Range(new Lsp.Position(0, 0), new Lsp.Position(0, 0)), $"sourcelint could not analyse this draft: {e.GetType().Name}: {e.Message}")
        {
            Severity = Lsp.DiagnosticSeverity.Error,
            Code = InternalCode,
            Source = Source,
        };

    public static Lsp.Diagnostic TooLarge(int length, int limit) =>
        new(new Lsp.Range(new Lsp.Position(0, 0), new Lsp.Position(0, 0)),
            $"This draft is {length:N0} characters long; SourceLint analyses drafts of up to {limit:N0} characters, so it is not checked.")
        {
            Severity = Lsp.DiagnosticSeverity.Information,
            Code = SizeCode,
            Source = Source,
        };

    public static Lsp.DiagnosticSeverity ToLsp(Severity severity) => severity switch
    {
        Severity.Error => Lsp.DiagnosticSeverity.Error,
        Severity.Warning => Lsp.DiagnosticSeverity.Warning,
        Severity.Information => Lsp.DiagnosticSeverity.Information,
        _ => Lsp.DiagnosticSeverity.Hint,
    };

    /// <summary>
    /// A stable id for a list of diagnostics: equal lists give equal ids, so a re-analysis that finds the
    /// same answers gives pull clients an "unchanged" report (whatever the version). A 64-bit FNV-1a over
    /// every field a client receives, read from the objects: hashing their JSON meant serializing the whole
    /// list once more per edit, beside the serialization that sends it.
    /// </summary>
    public static string ResultIdOf(IReadOnlyList<Lsp.Diagnostic> diagnostics)
    {
        var hash = new Fnv1a();
        foreach (var d in diagnostics)
        {
            hash.Add(d.Range);
            hash.Add(d.Message);
            hash.Add(d.Severity is { } severity ? (int)severity : -1);
            hash.Add(d.Code);
            hash.Add(d.CodeDescription?.Href);
            hash.Add(d.Source);
            // No "?? []" here: for a List that is a new empty list per diagnostic per edit.
            hash.Add(d.Tags?.Count ?? -1);
            if (d.Tags is { } tags)
                foreach (var tag in tags) hash.Add((int)tag);
            hash.Add(d.RelatedInformation?.Count ?? -1);
            if (d.RelatedInformation is { } related)
                foreach (var r in related)
                {
                    hash.Add(r.Location.Uri);
                    hash.Add(r.Location.Range);
                    hash.Add(r.Message);
                }
            hash.Add(d.Data?.Rule);
            hash.Add(d.Data?.Start ?? -1);
            hash.Add(d.Data?.End ?? -1);
        }
        return hash.Value.ToString("x16") + "-" + diagnostics.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>FNV-1a, 64 bits, over ints and strings; a string is prefixed with its length (null: -1) so adjacent fields cannot run together.</summary>
    private struct Fnv1a()
    {
        public ulong Value { get; private set; } = 14695981039346656037UL;

        public void Add(int value)
        {
            ulong hash = Value;
            for (int i = 0; i < 4; i++, value >>= 8) { hash ^= (byte)value; hash *= 1099511628211UL; }
            Value = hash;
        }

        public void Add(string? value)
        {
            Add(value?.Length ?? -1);
            if (value is null) return;
            ulong hash = Value;
            foreach (char c in value) { hash ^= c; hash *= 1099511628211UL; }
            Value = hash;
        }

        public void Add(Lsp.Range range)
        {
            Add(range.Start.Line);
            Add(range.Start.Character);
            Add(range.End.Line);
            Add(range.End.Character);
        }
    }
}
