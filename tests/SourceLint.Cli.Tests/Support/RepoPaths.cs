namespace SourceLint.Cli.Tests.Support;

/// <summary>Where the repository and the shared evaluation folder (../shared) are, seen from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the repository, or null when this checkout has none.</summary>
    public static string? Shared
    {
        get
        {
            string candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SourceLint.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SourceLint.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that reports itself skipped when ../shared is absent, instead of passing silently.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (RepoPaths.Shared is null) Skip = "../shared is absent beside the repository";
    }
}
