using Xunit;

namespace SourceLint.Tools.Tests;

/// <summary>A fact that needs ../shared/corpus beside the repository: reported as skipped when it is absent.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (SharedCorpus.Folder is null) Skip = "../shared/corpus is not present beside the repository";
    }
}

public static class SharedCorpus
{
    /// <summary>The corpus folder, or null when it is missing.</summary>
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "SourceLint.sln"))) continue;
            var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
            return Directory.Exists(corpus) ? corpus : null;
        }
        return null;
    }
}
