using SourceLint.LanguageServer;

namespace SourceLint.Server;

/// <summary>
/// <c>sourcelint-server</c>: the SourceLint language server, LSP over stdin/stdout. Accepts the arguments an
/// editor configured for <c>sourcelint server --stdio</c> passes, so either command line works.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: sourcelint-server [--stdio]

        The SourceLint language server: LSP 3.17 over stdin/stdout, logs on stderr.
        The same server as 'sourcelint server'; see docs/editors.md for each editor's set-up.
        """;

    public static int Main(string[] args)
    {
        foreach (string arg in args)
        {
            switch (arg)
            {
                case "server" or "--stdio":
                    continue;
                case "--version":
                    Console.Out.WriteLine(typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0.1.0");
                    return 0;
                case "--help" or "-h":
                    Console.Out.WriteLine(Usage);
                    return 0;
                default:
                    Console.Error.WriteLine($"sourcelint-server: unknown argument '{arg}'\n\n{Usage}");
                    return 2;
            }
        }
        return LanguageServerHost.RunStdio();
    }
}
