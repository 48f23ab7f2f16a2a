using SourceLint.Core.Diagnostics;
using SourceLint.Core.Text;

namespace SourceLint.Cli.Output;

/// <summary>
/// rustc/ruff style: <c>path:line:col: severity SLxxx name: message</c>, then the source line with a
/// caret underline and the rule's docs link; a summary line closes the report.
/// </summary>
public sealed class TextReporter(bool color = false, bool quiet = false) : IReporter
{
    private readonly Ansi _ansi = new(color);

    public void Write(TextWriter writer, RunReport report)
    {
        foreach (var file in report.Files)
        {
            var source = file.Text is null ? null : new SourceText(file.Text);
            foreach (var d in file.Diagnostics) WriteOne(writer, file.Path, source, d);
        }
        if (quiet) return;
        foreach (var stale in report.StaleBaseline)
            writer.WriteLine($"{stale.Path}: stale baseline entry {stale.Rule} (line {stale.Line}, \"{stale.FlaggedText}\"): no longer found");
        writer.WriteLine(Summary(report));
    }

    private void WriteOne(TextWriter writer, string path, SourceText? source, Diagnostic d)
    {
        int line = d.Range.Start.Line + 1, column = d.Range.Start.Column + 1;
        writer.WriteLine($"{_ansi.Bold($"{path}:{line}:{column}:")} {_ansi.ForSeverity(d.Severity, SeverityNames.Word(d.Severity))} {_ansi.Bold($"{d.Id} {d.Name}")}: {OneLine(d.Message)}");
        string? text = source is null ? null : SourceExcerpt.Line(source, d.Range.Start.Line);
        string gutter = new(' ', line.ToString().Length);
        if (text is not null)
        {
            int end = d.Range.End.Line == d.Range.Start.Line ? d.Range.End.Column : text.Length;
            var (visible, carets) = SourceExcerpt.For(text, d.Range.Start.Column, end);
            writer.WriteLine($"{gutter} {_ansi.Blue("|")}");
            writer.WriteLine($"{_ansi.Blue(line + " |")} {visible}");
            writer.WriteLine($"{gutter} {_ansi.Blue("|")} {_ansi.ForSeverity(d.Severity, carets)}");
        }
        writer.WriteLine($"{gutter} {_ansi.Blue("=")} {_ansi.Bold("docs")}: {d.Rule.HelpUri}");
        writer.WriteLine();
    }

    /// <summary>"N files checked: E errors, W warnings, I notes" (notes count information and hints), then how
    /// many drafts could not be checked at all, so a run that read nothing never looks clean.</summary>
    public static string Summary(RunReport report)
    {
        int files = report.Files.Count(f => f.Checked), notChecked = report.Files.Count - files;
        string text = $"{Files(files)} checked: {report.Count(Severity.Error)} errors, " +
                      $"{report.Count(Severity.Warning)} warnings, {report.Count(Severity.Information) + report.Count(Severity.Hint)} notes";
        if (notChecked > 0) text += $"; {Files(notChecked)} could not be checked";
        if (report.BaselineMatched > 0 || report.StaleBaseline.Count > 0)
            text += $" ({report.BaselineMatched} known from the baseline, {report.StaleBaseline.Count} stale baseline entries)";
        return text;
    }

    private static string Files(int n) => $"{n} {(n == 1 ? "file" : "files")}";

    /// <summary>One finding, one header line: problem matchers and grep read line by line.</summary>
    public static string OneLine(string s) => s.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');

    public static string SeverityWord(Severity s) => SeverityNames.Word(s);
}
