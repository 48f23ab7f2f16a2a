namespace SourceLint.Core.Configuration;

/// <summary>A configuration or ledger problem, naming the file, the line and the key at fault.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string file, int line, int column, string key, string problem)
        : base($"{file}:{line}:{column}: {(string.IsNullOrEmpty(key) ? "" : $"'{key}': ")}{problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Key = key;
        Problem = problem;
    }

    public string File { get; }
    /// <summary>1-based line.</summary>
    public int Line { get; }
    /// <summary>1-based column.</summary>
    public int Column { get; }
    public string Key { get; }
    public string Problem { get; }
}
