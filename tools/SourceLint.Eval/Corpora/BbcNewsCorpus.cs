using System.Security.Cryptography;

namespace SourceLint.Eval.Corpora;

/// <summary>
/// The BBC News set (2,225 stories, 2004–2005): <c>CATEGORY/NNN.txt</c>, headline on line 1, a blank line,
/// then one paragraph a line. 98 stories appear twice byte for byte; each is counted once.
/// </summary>
internal static class BbcNewsCorpus
{
    public const string FolderName = "bbc-news";

    public static LoadedCorpus Load(string folder)
    {
        var files = Directory.EnumerateDirectories(folder)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.txt"))
            .Where(f => IsStoryFileName(Path.GetFileName(f)))
            .Select(f => (Full: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<CorpusDocument>(files.Count);
        var notes = new List<string>();
        var duplicates = 0;
        foreach (var (full, relative) in files)
        {
            var bytes = File.ReadAllBytes(full);
            if (!seen.Add(Convert.ToHexString(SHA256.HashData(bytes))))
            {
                duplicates++;
                continue;
            }
            var (text, note) = CorpusText.Decode(bytes, relative);
            if (note is not null) notes.Add(note);
            documents.Add(new CorpusDocument(relative, text, relative.Split('/')[0]));
        }
        notes.Insert(0, $"{files.Count:N0} files, {duplicates:N0} byte-identical duplicates skipped");
        return new LoadedCorpus(FolderName, documents, notes);
    }

    /// <summary>Story files are named by three digits: <c>001.txt</c>.</summary>
    internal static bool IsStoryFileName(string name) =>
        name.Length == 7 && name.EndsWith(".txt", StringComparison.Ordinal) && name[..3].All(char.IsAsciiDigit);
}
