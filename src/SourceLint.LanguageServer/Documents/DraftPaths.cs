namespace SourceLint.LanguageServer.Documents;

/// <summary>Turns a document URI into the path the engine and the configuration lookup need.</summary>
public static class DraftPaths
{
    /// <summary>A local file path for file: URIs; otherwise a synthetic name whose extension follows the language.</summary>
    public static string LintPathFor(string uri, string languageId)
    {
        string? local = LocalPath(uri);
        string path = local ?? SafeName(uri);
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".md" or ".markdown" or ".mdown" or ".mkd" or ".txt") return path;
        // Untitled buffers and odd extensions: the client's language decides.
        return path + (languageId.Equals("plaintext", StringComparison.OrdinalIgnoreCase) ? ".txt" : ".md");
    }

    /// <summary>The file system path of a file: URI, or null for any other scheme.</summary>
    public static string? LocalPath(string uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile) return null;
        return parsed.LocalPath;
    }

    public static string FileUri(string path) => new System.Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static string SafeName(string uri)
    {
        if (System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.AbsolutePath.Length > 1)
            return parsed.AbsolutePath;
        return "untitled";
    }
}
