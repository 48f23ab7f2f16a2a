using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Output;

/// <summary>The words each format uses for a severity.</summary>
public static class SeverityNames
{
    /// <summary>rustc/ruff words, also used in JSON and HTML.</summary>
    public static string Word(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Information => "info",
        _ => "hint",
    };
}
