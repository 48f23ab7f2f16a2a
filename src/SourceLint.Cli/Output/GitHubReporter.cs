using System.Text;
using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
/// <c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=SL101 unattributed-figure::message</c>.
/// </summary>
public sealed class GitHubReporter : IReporter
{
    public void Write(TextWriter writer, RunReport report)
    {
        foreach (var file in report.Files)
        {
            foreach (var d in file.Diagnostics)
            {
                var r = d.Range;
                writer.WriteLine(
                    $"::{Command(d.Severity)} file={Property(file.Path.Replace('\\', '/'))},line={r.Start.Line + 1},col={r.Start.Column + 1}," +
                    $"endLine={r.End.Line + 1},endColumn={r.End.Column + 1},title={Property($"{d.Id} {d.Name}")}::{Data(d.Message)}");
            }
            foreach (var e in file.Errors)
                writer.WriteLine($"::error file={Property(file.Path.Replace('\\', '/'))},title=sourcelint::{Data(e)}");
        }
        foreach (var s in report.StaleBaseline)
            writer.WriteLine($"::notice file={Property(s.Path.Replace('\\', '/'))},title=stale baseline entry::{Data($"{s.Rule} \"{s.FlaggedText}\" (line {s.Line}) is no longer found")}");
    }

    /// <summary>Annotations come in three levels: error, warning and notice.</summary>
    public static string Command(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>A message (after <c>::</c>): percent, CR and LF are escaped, as the runner's toolkit does.</summary>
    public static string Data(string s) => Escape(s, property: false);

    /// <summary>A property value: additionally ':' and ',', which would end the value.</summary>
    public static string Property(string s) => Escape(s, property: true);

    private static string Escape(string s, bool property)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            sb.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                ':' when property => "%3A",
                ',' when property => "%2C",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
