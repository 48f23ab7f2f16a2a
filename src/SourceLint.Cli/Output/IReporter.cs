namespace SourceLint.Cli.Output;

/// <summary>Writes the findings of a run in one output format.</summary>
public interface IReporter
{
    void Write(TextWriter writer, RunReport report);

    /// <summary>
    /// Whether this format lists the sources each draft relies on. Building that model costs about as much as a
    /// rule pass, so a run over an archive builds it only for the formats that print it.
    /// </summary>
    bool ShowsSources => false;
}
