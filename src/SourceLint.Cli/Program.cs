using SourceLint.Cli.Commands;

namespace SourceLint.Cli;

public static class Program
{
    public const string Usage = """
        sourcelint: asks of every figure and every quote in a news draft: who says so?

        usage: sourcelint <command> [options]
          check PATH...     lint drafts (files or folders) and report findings
          baseline write    record current findings so 'check --baseline' reports only new ones
          init [FOLDER]     write a commented .sourcelint.yml
          rules             list the rules
          explain RULE      print a rule's documentation (SL101 or unattributed-figure)
          schema            print the JSON Schema of .sourcelint.yml
          server            run the language server (LSP over stdio) for editors
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
            "server" => ServerCommand.Run(args[1..], stderr), // LSP over stdio; "--stdio" is accepted and implied
            "baseline" => BaselineCommand.Run(args[1..], stdout, stderr),
            "init" => InitCommand.Run(args[1..], stdout, stderr),
            "rules" => RulesCommand.Run(args[1..], stdout, stderr),
            "explain" => ExplainCommand.Run(args[1..], stdout, stderr),
            "schema" => SchemaCommand.Run(args[1..], stdout, stderr),
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
