namespace SourceLint.Eval.Corpora;

/// <summary>One article read from a corpus at run time. Its text lives only in memory, never in the repository.</summary>
/// <param name="RelativePath">The path inside the corpus folder, e.g. <c>sport/199.txt</c>.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="Kind">A sub-collection (GUM: news or interview); empty when the corpus has none.</param>
internal sealed record CorpusDocument(string RelativePath, string Text, string Kind = "");

/// <summary>A corpus read into memory, with what was skipped or decoded leniently on the way.</summary>
internal sealed record LoadedCorpus(string Name, IReadOnlyList<CorpusDocument> Documents, IReadOnlyList<string> Notes)
{
    /// <summary>Total UTF-8 size of the texts, for throughput figures.</summary>
    public long Utf8Bytes => Documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
}
