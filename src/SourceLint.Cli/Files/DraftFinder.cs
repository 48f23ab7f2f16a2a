namespace SourceLint.Cli.Files;

/// <summary>Expands the paths on the command line into draft files: folders recurse into .md, .markdown and .txt.</summary>
public static class DraftFinder
{
    public static readonly string[] DraftExtensions = [".md", ".markdown", ".txt"];

    public static bool IsDraft(string path) =>
        DraftExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Draft files in a stable order, and an error message per path that does not exist.</summary>
    public static (List<string> Files, List<string> Errors) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var errors = new List<string>();
        foreach (string path in paths)
        {
            if (File.Exists(path)) { files.Add(path); continue; }
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => IsDraft(f) && !IsHidden(Path.GetRelativePath(path, f)))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0) errors.Add($"{path}: no drafts (.md, .markdown, .txt) in this folder");
                files.AddRange(found);
                continue;
            }
            errors.Add($"{path}: no such file or folder");
        }
        return (files.Distinct().ToList(), errors);
    }

    /// <summary>Skips dot-folders (.git) and build output (bin, obj, node_modules).</summary>
    private static bool IsHidden(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).SkipLast(1)
            .Any(part => part.StartsWith('.') || part is "node_modules" or "bin" or "obj");
}
