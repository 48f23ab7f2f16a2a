using SourceLint.Eval.Corpora;

namespace SourceLint.Eval.PolNear;

/// <summary>One PolNeAR article with one annotator's attributions.</summary>
internal sealed record PolNearArticle(string RelativePath, string Text, string Annotator, IReadOnlyList<AttributionRelation> Relations);

/// <summary>
/// PolNeAR v1.0.0 (Newell, Margolin and Ruths, LREC 2018): political news of the 2016 US campaign with gold
/// attribution relations. Reads <c>{train,dev,test}/text/NAME.txt</c> with the first (by name) of its
/// <c>attributions/NAME_ANNOTATOR.ann</c> files: one annotator per article, as the corpus asks.
/// </summary>
internal static class PolNearCorpus
{
    public const string FolderName = "polnear";
    public static readonly string[] Compartments = ["train", "dev", "test"];

    public static (List<PolNearArticle> Articles, List<string> Notes) Load(string folder)
    {
        var articles = new List<PolNearArticle>();
        var notes = new List<string>();
        int missingAnnotations = 0, malformed = 0;
        foreach (var compartment in Compartments)
        {
            var textFolder = Path.Combine(folder, compartment, "text");
            var annFolder = Path.Combine(folder, compartment, "attributions");
            if (!Directory.Exists(textFolder)) { notes.Add($"{compartment}/text is missing"); continue; }
            var annotations = Directory.Exists(annFolder)
                ? Directory.EnumerateFiles(annFolder, "*.ann")
                    .Select(f => Path.GetFileNameWithoutExtension(f))
                    .Where(n => n.LastIndexOf('_') > 0)
                    .GroupBy(n => n[..n.LastIndexOf('_')], StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.OrderBy(n => n, StringComparer.Ordinal).First(), StringComparer.Ordinal)
                : new Dictionary<string, string>();

            foreach (var file in Directory.EnumerateFiles(textFolder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (!annotations.TryGetValue(name, out var annName)) { missingAnnotations++; continue; }
                var relative = $"{compartment}/text/{name}.txt";
                var (text, note) = CorpusText.Decode(File.ReadAllBytes(file), relative);
                if (note is not null) notes.Add(note);
                var parsed = BratAnnotation.Parse(File.ReadLines(Path.Combine(annFolder, annName + ".ann")), new CodePointMap(text));
                malformed += parsed.MalformedLines;
                articles.Add(new PolNearArticle(relative, text, annName[(annName.LastIndexOf('_') + 1)..], parsed.Relations));
            }
        }
        notes.Insert(0, $"{articles.Count:N0} articles from {string.Join("+", Compartments)}, one annotator each"
            + (missingAnnotations > 0 ? $"; {missingAnnotations} without annotations skipped" : "")
            + (malformed > 0 ? $"; {malformed} malformed annotation lines skipped" : ""));
        return (articles, notes);
    }
}
