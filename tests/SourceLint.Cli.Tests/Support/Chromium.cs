using System.Diagnostics;

namespace SourceLint.Cli.Tests.Support;

/// <summary>Debian's chromium, headless, isolated from the network and from any profile.</summary>
public static class Chromium
{
    public static string? Executable { get; } =
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    private static readonly string[] Isolation =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars",
    ];

    /// <summary>The DOM after scripts ran.</summary>
    public static string DumpDom(string url) => Run(["--dump-dom", "--virtual-time-budget=2000", url]).Stdout;

    public static void Screenshot(string url, string png, int width = 1400, int height = 1000) =>
        Run([$"--screenshot={png}", $"--window-size={width},{height}", "--virtual-time-budget=2000", url]);

    private static (string Stdout, string Stderr) Run(string[] args)
    {
        string profile = Path.Combine(Path.GetTempPath(), "sourcelint-chromium-" + Guid.NewGuid().ToString("N")[..8]);
        var psi = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in Isolation) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add($"--user-data-dir={profile}");
        foreach (var a in args) psi.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(90_000)) { p.Kill(true); throw new TimeoutException("chromium did not finish in 90 s"); }
            return (stdout.Result, stderr.Result);
        }
        finally
        {
            try { Directory.Delete(profile, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>A fact that reports itself skipped when chromium is not installed (scripts/test.d/cli-browser.sh installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null) Skip = "chromium is not installed (apt-get install -y chromium; scripts/test.d/cli-browser.sh does it)";
    }
}
