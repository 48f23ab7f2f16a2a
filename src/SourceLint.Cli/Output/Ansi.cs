using SourceLint.Core.Diagnostics;

namespace SourceLint.Cli.Output;

/// <summary>ANSI colours for the text format; every method returns the text unchanged when colour is off.</summary>
public sealed class Ansi(bool enabled)
{
    public bool Enabled { get; } = enabled;

    public string Bold(string s) => Wrap("1", s);
    public string Dim(string s) => Wrap("2", s);
    public string Blue(string s) => Wrap("1;34", s);

    public string ForSeverity(Severity severity, string s) => severity switch
    {
        Severity.Error => Wrap("1;31", s),
        Severity.Warning => Wrap("1;33", s),
        Severity.Information => Wrap("1;36", s),
        _ => Wrap("1;32", s),
    };

    private string Wrap(string code, string s) => Enabled && s.Length > 0 ? $"\u001b[{code}m{s}\u001b[0m" : s;

    /// <summary>
    /// Colour when writing to a terminal and NO_COLOR (https://no-color.org) is unset or empty;
    /// <c>--color always|never</c> overrides both, as NO_COLOR asks command-line flags to.
    /// </summary>
    public static bool Decide(string mode, bool writingToTerminal, string? noColor) => mode switch
    {
        "always" => true,
        "never" => false,
        _ => writingToTerminal && string.IsNullOrEmpty(noColor),
    };
}
