namespace SourceLint.Eval.Corpora;

/// <summary>
/// The GUM corpus' Wikinews documents (CC BY 2.5 text, credit Wikinews): <c>text/*.txt</c>, one paragraph
/// per blank-line block, the headline first. <c>index.tsv</c> says which are news and which interviews.
/// </summary>
internal static class GumWikinewsCorpus
{
    public const string FolderName = "gum-wikinews";

    public static LoadedCorpus Load(string folder)
    {
        var kinds = ReadKinds(Path.Combine(folder, "index.tsv"));
        var textFolder = Path.Combine(folder, "text");
        var documents = new List<CorpusDocument>();
        var notes = new List<string>();
        foreach (var file in Directory.EnumerateFiles(textFolder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var (text, note) = CorpusText.Decode(File.ReadAllBytes(file), relative);
            if (note is not null) notes.Add(note);
            var doc = Path.GetFileNameWithoutExtension(file);
            documents.Add(new CorpusDocument(relative, text, kinds.GetValueOrDefault(doc, KindFromName(doc))));
        }
        return new LoadedCorpus(FolderName, documents, notes);
    }

    private static Dictionary<string, string> ReadKinds(string indexPath)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(indexPath)) return kinds;
        foreach (var line in File.ReadLines(indexPath).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length >= 2) kinds[cells[0]] = cells[1];
        }
        return kinds;
    }

    /// <summary>GUM names its documents GUM_news_x and GUM_interview_x.</summary>
    private static string KindFromName(string doc) =>
        doc.StartsWith("GUM_interview_", StringComparison.Ordinal) ? "interview"
        : doc.StartsWith("GUM_news_", StringComparison.Ordinal) ? "news" : "";
}
