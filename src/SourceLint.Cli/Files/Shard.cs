namespace SourceLint.Cli.Files;

/// <summary>
/// <c>--shard I/N</c>: a stable 1/N of the files, chosen by a hash of the path relative to the working
/// folder, so a CI matrix of N jobs covers every file exactly once, whatever order the files are found in.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static bool TryParse(string text, out Shard shard)
    {
        shard = default;
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out int i) || !int.TryParse(parts[1], out int n) || n < 1 || i < 1 || i > n) return false;
        shard = new Shard(i, n);
        return true;
    }

    public bool Contains(string path) => (int)(Hash(Path.GetRelativePath(".", path).Replace('\\', '/')) % (uint)Count) == Index - 1;

    /// <summary>FNV-1a over UTF-16 code units: string.GetHashCode is randomised per process.</summary>
    public static uint Hash(string s)
    {
        uint h = 2166136261;
        foreach (char c in s) { h ^= c; h *= 16777619; }
        return h;
    }
}
