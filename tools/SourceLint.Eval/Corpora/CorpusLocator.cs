namespace SourceLint.Eval.Corpora;

/// <summary>Finds <c>../shared/corpus</c> beside the repository: the folder holding SourceLint.sln, walking up.</summary>
internal static class CorpusLocator
{
    public static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SourceLint.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>The default corpus folder: <c>../shared/corpus</c> from the repository root (found from the
    /// working directory, else from the tool's own binaries).</summary>
    public static string DefaultCorpusFolder()
    {
        var root = FindRepoRoot(Directory.GetCurrentDirectory()) ?? FindRepoRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
    }
}
