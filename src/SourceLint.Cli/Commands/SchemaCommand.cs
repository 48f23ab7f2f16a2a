using SourceLint.Cli.Configuration;

namespace SourceLint.Cli.Commands;

/// <summary><c>sourcelint schema</c>: prints the JSON Schema of <c>.sourcelint.yml</c>.</summary>
public static class SchemaCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0) { stderr.WriteLine("usage: sourcelint schema   print the JSON Schema of .sourcelint.yml"); return args is ["--help" or "-h"] ? 0 : 2; }
        stdout.Write(ConfigSchema.Generate());
        return 0;
    }
}
