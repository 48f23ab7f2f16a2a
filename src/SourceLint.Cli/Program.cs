using SourceLint.Cli.Commands;

namespace SourceLint.Cli;

public static class Program
{
    public const string Usage = """
        sourcelint: asks of every figure and every quote in a news draft: who says so?

        usage: sourcelint <command> [options]
          check PATH...     lint drafts (files or folders) and report findings
          --version         print the version

        Run 'sourcelint check --help' for the check options.
        """;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0) { stderr.WriteLine(Usage); return 2; }
        return args[0] switch
        {
            "check" => CheckCommand.Run(args[1..], stdout, stderr),
            "server" => SourceLint.LanguageServer.LanguageServerHost.RunStdio(), // LSP over stdio; "--stdio" is accepted and implied
            "--help" or "-h" or "help" => Help(stdout),
            "--version" => Version(stdout),
            _ => Unknown(args[0], stderr),
        };
    }

    private static int Help(TextWriter stdout) { stdout.WriteLine(Usage); return 0; }

    private static int Version(TextWriter stdout)
    {
        stdout.WriteLine(typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0.1.0");
        return 0;
    }

    private static int Unknown(string command, TextWriter stderr)
    {
        stderr.WriteLine($"sourcelint: unknown command '{command}'\n\n{Usage}");
        return 2;
    }
}
