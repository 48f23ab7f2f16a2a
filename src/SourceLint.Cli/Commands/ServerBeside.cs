using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SourceLint.Cli.Commands;

/// <summary>
/// The Native AOT <c>sourcelint</c> does not contain the language server: it lives in <c>sourcelint-server</c>, in the
/// same folder, so that the CLI's image (and every <c>sourcelint check</c>'s start-up) stays half the size. This
/// replaces the current process with that binary (execv), so the editor keeps talking to the same process id over
/// the same stdin/stdout; where there is no exec (Windows) it runs the binary with inherited stdio and returns its
/// exit code.
/// </summary>
public static class ServerBeside
{
    public const string BinaryName = "sourcelint-server";

    /// <summary>
    /// Hands this process over to <c>sourcelint-server</c> in <paramref name="folder"/> (the CLI's own folder); returns
    /// only when that is impossible, with exit code 2 and the reason on <paramref name="stderr"/>.
    /// </summary>
    public static int Exec(string folder, string[] args, TextWriter stderr)
    {
        string binary = Path.Combine(folder, OperatingSystem.IsWindows() ? BinaryName + ".exe" : BinaryName);
        if (!File.Exists(binary))
        {
            stderr.WriteLine($"sourcelint: the language server is the separate binary '{BinaryName}' in this build, and it is not at {binary}. " +
                             "Publishing src/SourceLint.Cli with -p:PublishAot=true puts both in the output folder; copy them together.");
            return 2;
        }
        if (OperatingSystem.IsWindows()) return RunChild(binary, args);

        string[] argv = [binary, .. args];
        nint[] native = new nint[argv.Length + 1]; // execv wants a NULL-terminated array of C strings
        for (int i = 0; i < argv.Length; i++) native[i] = Marshal.StringToCoTaskMemUTF8(argv[i]);
        Console.Out.Flush();
        execv(native[0], native);
        // execv returns only when it failed; the process is unchanged.
        int errno = Marshal.GetLastPInvokeError();
        stderr.WriteLine($"sourcelint: could not start {binary} (errno {errno}).");
        return 2;
    }

    private static int RunChild(string binary, string[] args)
    {
        var start = new ProcessStartInfo(binary) { UseShellExecute = false };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int execv(nint path, nint[] argv);
}
