using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Output;

/// <summary>One line per finding, <c>path:line:col: severity SLxxx name: message</c>, then a summary line.</summary>
public sealed class TextReporter : IReporter
{
    public void Write(TextWriter writer, IReadOnlyList<FileReport> files)
    {
        int warnings = 0, errors = 0, infos = 0;
        foreach (var file in files)
        {
            foreach (var d in file.Diagnostics)
            {
                writer.WriteLine($"{file.Path}:{d.Range.Start.Line + 1}:{d.Range.Start.Column + 1}: {SeverityWord(d.Severity)} {d.Id} {d.Name}: {d.Message}");
                switch (d.Severity)
                {
                    case Severity.Error: errors++; break;
                    case Severity.Warning: warnings++; break;
                    default: infos++; break;
                }
            }
        }
        writer.WriteLine($"{files.Count} {(files.Count == 1 ? "file" : "files")} checked: {errors} errors, {warnings} warnings, {infos} notes");
    }

    public static string SeverityWord(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Information => "info",
        _ => "hint",
    };
}
