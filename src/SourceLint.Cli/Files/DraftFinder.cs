using Microsoft.Extensions.FileSystemGlobbing;
using SourceLint.Cli.Configuration;
using SourceLint.Core.Configuration;

namespace SourceLint.Cli.Files;

/// <summary>
/// Expands the paths on the command line into draft files: a file is taken as named; a folder recurses
/// into .md, .markdown and .txt (skipping dot-folders and build output); a path with * ? or [ is a glob.
/// Files found under folders or by globs then pass <c>--exclude</c> and their configuration's include/exclude.
/// </summary>
public static class DraftFinder
{
    public static readonly string[] DraftExtensions = [".md", ".markdown", ".txt"];

    public static bool IsDraft(string path) =>
        DraftExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Draft files in a stable order, and an error message per path that gave nothing.</summary>
    public static (List<string> Files, List<string> Errors) Expand(IEnumerable<string> paths, IReadOnlyList<string>? exclude = null,
        LintConfiguration? forced = null, ConfigurationDiscovery? discovery = null)
    {
        discovery ??= new ConfigurationDiscovery();
        var files = new List<string>();
        var errors = new List<string>();
        var excluded = Excluder(exclude ?? []);
        foreach (string path in paths)
        {
            if (File.Exists(path)) { files.Add(path); continue; }
            List<string> found;
            if (Directory.Exists(path))
            {
                found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => IsDraft(f) && !IsHidden(Path.GetRelativePath(path, f)))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0) { errors.Add($"{path}: no drafts (.md, .markdown, .txt) in this folder"); continue; }
            }
            else if (IsGlob(path))
            {
                found = Glob(path);
                if (found.Count == 0) { errors.Add($"{path}: the glob matches no drafts"); continue; }
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
                continue;
            }
            files.AddRange(found.Where(f => !excluded(f) && ConfigAllows(f, forced, discovery)));
        }
        return (files.Distinct().ToList(), errors);
    }

    public static bool IsGlob(string path) => path.IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>Drafts matching a glob; the part before the first wildcard segment is the folder searched.</summary>
    private static List<string> Glob(string pattern)
    {
        string normal = pattern.Replace('\\', '/');
        var segments = normal.Split('/');
        int firstWild = Array.FindIndex(segments, IsGlob);
        string root = string.Join('/', segments[..firstWild]);
        string rest = string.Join('/', segments[firstWild..]);
        string rootDir = root.Length == 0 ? "." : normal.StartsWith('/') && root.Length == 0 ? "/" : root;
        if (!Directory.Exists(rootDir)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        return matcher.GetResultsInFullPath(rootDir)
            .Select(full => root.Length == 0 ? Path.GetRelativePath(".", full) : Path.Combine(root, Path.GetRelativePath(rootDir, full)))
            .Where(f => IsDraft(f) && !IsHidden(f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary><c>--exclude</c> globs, matched against the path relative to the working folder.</summary>
    private static Func<string, bool> Excluder(IReadOnlyList<string> patterns) =>
        // The globbing library is touched only when there are globs: a one-file check does not load it.
        patterns.Count == 0 ? _ => false : GlobExcluder(patterns);

    private static Func<string, bool> GlobExcluder(IReadOnlyList<string> patterns)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (string p in patterns) matcher.AddInclude(p.Replace('\\', '/'));
        return file => matcher.Match(Path.GetRelativePath(".", file).Replace('\\', '/')).HasMatches;
    }

    /// <summary>The include/exclude globs of the draft's configuration, relative to the configuration's folder.</summary>
    private static bool ConfigAllows(string file, LintConfiguration? forced, ConfigurationDiscovery discovery)
    {
        LintConfiguration? config = forced;
        if (config is null)
        {
            string? path = discovery.FindFor(file);
            if (path is null) return true;
            try { config = discovery.Load(path); }
            catch (Exception e) when (e is ConfigurationException or IOException or UnauthorizedAccessException) { return true; } // reported when the file is checked
        }
        if (config.Include.Count == 0 && config.Exclude.Count == 0) return true;
        string folder = config.SourcePath is { } s ? Path.GetDirectoryName(Path.GetFullPath(s))! : Directory.GetCurrentDirectory();
        string relative = Path.GetRelativePath(folder, Path.GetFullPath(file)).Replace('\\', '/');
        if (config.Include.Count > 0)
        {
            var include = new Matcher(StringComparison.Ordinal);
            foreach (string p in config.Include) include.AddInclude(p);
            if (!include.Match(relative).HasMatches) return false;
        }
        if (config.Exclude.Count > 0)
        {
            var exclude = new Matcher(StringComparison.Ordinal);
            foreach (string p in config.Exclude) exclude.AddInclude(p);
            if (exclude.Match(relative).HasMatches) return false;
        }
        return true;
    }

    /// <summary>Skips dot-folders (.git) and build output (bin, obj, node_modules).</summary>
    private static bool IsHidden(string relative) =>
        relative.Replace('\\', '/').Split('/').SkipLast(1)
            .Any(part => (part.StartsWith('.') && part is not ("." or "..")) || part is "node_modules" or "bin" or "obj");
}
