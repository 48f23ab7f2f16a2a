using SourceLint.Cli.Configuration;

namespace SourceLint.Cli.Commands;

/// <summary><c>sourcelint init [FOLDER]</c>: writes a commented <c>.sourcelint.yml</c>; never overwrites one.</summary>
public static class InitCommand
{
    public const string Usage = "usage: sourcelint init [FOLDER]   write a commented .sourcelint.yml in FOLDER (default: the current folder)";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--help" or "-h"]) { stdout.WriteLine(Usage); return 0; }
        if (args.Length > 1 || args.Any(a => a.StartsWith('-'))) { stderr.WriteLine($"sourcelint init: unexpected arguments\n{Usage}"); return 2; }
        string folder = args.Length == 1 ? args[0] : ".";
        if (!Directory.Exists(folder)) { stderr.WriteLine($"sourcelint init: {folder}: no such folder"); return 2; }
        string path = Path.Combine(folder, ConfigTemplate.FileName);
        try
        {
            // CreateNew fails if the file exists, so a concurrent init cannot overwrite either.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(ConfigTemplate.Text());
        }
        catch (IOException) when (File.Exists(path))
        {
            stderr.WriteLine($"sourcelint init: {path} already exists; not overwriting it");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"sourcelint init: cannot write {path}: {e.Message}");
            return 2;
        }
        stdout.WriteLine($"wrote {path}");
        return 0;
    }
}
