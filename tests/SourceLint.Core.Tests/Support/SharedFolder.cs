namespace SourceLint.Core.Tests.Support;

/// <summary>Finds the repository root and the shared folder (samples, corpus, schemas) beside it.</summary>
public static class SharedFolder
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder, or null on a clone without it.</summary>
    public static string? Path
    {
        get
        {
            string candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(System.IO.Path.Combine(candidate, "samples")) ? candidate : null;
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SourceLint.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SourceLint.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared: reported as skipped (never passed) on a clone without it.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedFolder.Path is null) Skip = "../shared (samples, corpus) is not beside this checkout";
    }
}

/// <summary>A theory that needs ../shared: reported as skipped on a clone without it.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (SharedFolder.Path is null) Skip = "../shared (samples, corpus) is not beside this checkout";
    }
}
