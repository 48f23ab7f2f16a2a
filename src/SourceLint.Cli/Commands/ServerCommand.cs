namespace SourceLint.Cli.Commands;

/// <summary>
/// <c>sourcelint server [--stdio]</c>: the language server, LSP over stdin/stdout. The JIT build (the dotnet tool,
/// the VS Code extension's bundled server) runs it in this process; the Native AOT build hands the process over to
/// the <c>sourcelint-server</c> binary published beside it (see <see cref="ServerBeside"/>).
/// </summary>
internal static class ServerCommand
{
    public static int Run(string[] args, TextWriter stderr)
    {
#if SERVER_BESIDE
        return ServerBeside.Exec(AppContext.BaseDirectory, args, stderr);
#else
        _ = args; _ = stderr; // "--stdio" is accepted and implied
        return SourceLint.LanguageServer.LanguageServerHost.RunStdio();
#endif
    }
}
