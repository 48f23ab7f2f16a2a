namespace SourceLint.Cli.Output;

/// <summary>Writes the findings of a run in one output format.</summary>
public interface IReporter
{
    void Write(TextWriter writer, RunReport report);
}
