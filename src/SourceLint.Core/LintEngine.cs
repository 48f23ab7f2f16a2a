using SourceLint.Core.Analysis;
using SourceLint.Core.Configuration;
using SourceLint.Core.Diagnostics;
using SourceLint.Core.Documents;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Rules;
using SourceLint.Core.Suppression;
using SourceLint.Core.Text;

namespace SourceLint.Core;

/// <summary>
/// The engine's one entry point: a draft's text and a configuration in, diagnostics and the shared
/// analysis out. Pure: no console, no files, no process state. Safe to share across threads.
/// </summary>
public sealed class LintEngine
{
    private readonly LintConfiguration _configuration;
    private readonly LexiconSet _lexicons;
    private readonly IReadOnlyList<IRule> _rules;

    public LintEngine(LintConfiguration? configuration = null)
    {
        _configuration = configuration ?? LintConfiguration.Default;
        _lexicons = LexiconSet.Create(_configuration);
        _rules = RuleCatalog.CreateAll();
    }

    public LintConfiguration Configuration => _configuration;

    /// <summary>Lints one draft. <paramref name="path"/> decides Markdown (.md, .markdown) or plain text.</summary>
    public LintResult Lint(string text, string path, CancellationToken cancellationToken = default) => Lint(text, path, null, cancellationToken);

    /// <summary>
    /// Lints one version of a document that is linted again and again (an editor's open draft): paragraphs
    /// that <paramref name="cache"/> holds from an earlier version are not recognized again. The result is
    /// the same as without the cache.
    /// </summary>
    public LintResult Lint(string text, string path, AnalysisCache? cache, CancellationToken cancellationToken = default) =>
        Lint(new SourceText(text), path, cache, cancellationToken);

    /// <summary>As <see cref="Lint(string, string, AnalysisCache?, CancellationToken)"/>, for a caller that already holds the text's line map (the language server).</summary>
    public LintResult Lint(SourceText source, string path, AnalysisCache? cache, CancellationToken cancellationToken = default)
    {
        var readProblems = new List<LintProblem>();
        var draft = cache?.ReadIncrementally(path, source) ?? Read(path, source, readProblems, cache);
        cancellationToken.ThrowIfCancellationRequested();
        var analysis = DraftAnalyzer.Analyze(draft, _lexicons, cancellationToken, cache);
        cancellationToken.ThrowIfCancellationRequested();

        var findings = new List<Finding>();
        try
        {
            foreach (var rule in _rules)
            {
                if (!_configuration.IsEnabled(rule.Descriptor)) continue;
                rule.Check(analysis, findings);
            }
        }
        finally
        {
            analysis.Claims.ForgetPrevious();
        }
        cache?.RememberClaims(analysis.Claims, analysis.Lexicons);
        var kept = Precedence.Resolve(findings);
        var suppressions = SuppressionMap.Build(draft);
        var problems = readProblems.Concat(analysis.Problems).Concat(suppressions.Problems.Select(p =>
            new LintProblem(path, p.Line + 1, 1, p.Message))).ToList();
        var diagnostics = new List<Diagnostic>(kept.Count);
        foreach (var finding in kept)
        {
            var range = source.GetRange(finding.Span);
            if (suppressions.IsSuppressed(finding.Rule, range.Start.Line)) continue;
            diagnostics.Add(finding.ToDiagnostic(source, _configuration.SeverityOf(finding.Rule, finding.Severity)));
        }
        diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new LintResult(diagnostics, analysis, problems);
    }

    /// <summary>Reads the whole draft; a Markdown draft read without trouble is remembered for the next version's incremental read.</summary>
    private static Draft Read(string path, SourceText source, List<LintProblem> readProblems, AnalysisCache? cache)
    {
        if (!Draft.IsMarkdownPath(path)) return PlainTextDraftReader.Read(path, source);
        try
        {
            var draft = MarkdownDraftReader.Read(path, source);
            cache?.RememberDraft(draft);
            return draft;
        }
        catch (ArgumentException e)
        {
            // Markdig refuses absurdly deep nesting; the draft is still checked, as plain text.
            readProblems.Add(new LintProblem(path, 1, 1, "the Markdown could not be parsed (" + e.Message + "); checked as plain text"));
            cache?.RememberDraft(null);
            return PlainTextDraftReader.Read(path, source);
        }
    }
}

/// <summary>What one lint run found, with the analysis behind it (for hover, symbols and reports).</summary>
public sealed record LintResult(IReadOnlyList<Diagnostic> Diagnostics, DraftAnalysis Analysis, IReadOnlyList<LintProblem> Problems)
{
    /// <summary>The draft's sources with what each backs, and what nothing backs.</summary>
    public SourceReport Sources => SourceReport.Build(Analysis);
}
