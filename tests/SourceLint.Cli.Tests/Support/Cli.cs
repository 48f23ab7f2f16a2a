using System.Diagnostics;

namespace SourceLint.Cli.Tests.Support;

/// <summary>What one run of the CLI returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the CLI in-process through <c>Program.Run</c>, or as the built binary in a child process.</summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = SourceLint.Cli.Program.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built <c>sourcelint.dll</c> (copied beside the tests), run with <c>dotnet</c>.</summary>
    public static CliRun Process(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "sourcelint.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (environment is not null) foreach (var (k, v) in environment) psi.Environment[k] = v;
        using var process = System.Diagnostics.Process.Start(psi)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000)) { process.Kill(true); throw new TimeoutException("sourcelint did not finish in 60 s"); }
        return new CliRun(process.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}
