namespace SourceLint.Cli.Output;

/// <summary>The tool's name and version as reports state them.</summary>
public static class ToolInfo
{
    public static string Version { get; } = typeof(ToolInfo).Assembly.GetName().Version?.ToString(3) ?? "0.1.0";
}
