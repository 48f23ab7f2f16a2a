using SourceLint.Core.Text;
using SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Documents;

/// <summary>
/// One open draft as the client holds it: text and version. Edits are applied in the order they
/// arrive; positions outside the text are clamped into it, so a confused client can never make the
/// server throw (the result is then reported, not trusted: the next full sync repairs it).
/// </summary>
public sealed class DraftDocument
{
    public DraftDocument(string uri, string languageId, int version, string text)
    {
        Uri = uri;
        LanguageId = languageId;
        Version = version;
        Text = text;
        LintPath = DraftPaths.LintPathFor(uri, languageId);
    }

    public string Uri { get; }
    public string LanguageId { get; }
    public int Version { get; private set; }
    public string Text
    {
        get => _text;
        private set { _text = value; _source = null; }
    }
    private string _text = "";

    /// <summary>
    /// The text's line map, built once per version and shared: the next edit's positions are resolved
    /// with it and the analysis of this version lints it (three line maps of the whole draft per edit before).
    /// </summary>
    public SourceText Source => _source ??= new SourceText(_text);
    private SourceText? _source;
    /// <summary>The path handed to the engine: decides Markdown or plain text, and where .sourcelint.yml is looked for.</summary>
    public string LintPath { get; }
    public bool IsMarkdown => Core.Documents.Draft.IsMarkdownPath(LintPath);

    /// <summary>Applies the client's edits in order. Returns how many positions had to be clamped.</summary>
    public int Apply(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        int clamped = 0;
        foreach (var change in changes)
        {
            if (change is null) continue;
            string newText = change.Text ?? "";
            if (change.Range is null)
            {
                Text = newText;
                continue;
            }
            // One line map per edit: edits are small and few per notification; a 10 MB draft costs ~10 ms here.
            var source = Source;
            int start = OffsetOf(source, change.Range.Start, ref clamped);
            int end = OffsetOf(source, change.Range.End, ref clamped);
            if (end < start) (start, end) = (end, start);
            // SourceText drops a leading BOM; keep offsets relative to the text we store.
            int bom = Text.Length - source.Length;
            Text = string.Concat(Text.AsSpan(0, start + bom), newText, Text.AsSpan(end + bom));
        }
        Version = version;
        return clamped;
    }

    private static int OffsetOf(SourceText source, Position? position, ref int clamped)
    {
        if (position is null) { clamped++; return 0; }
        int offset = source.GetOffset(position.Line, position.Character);
        if (position.Line < 0 || position.Line >= source.LineCount || position.Character < 0 ||
            offset != source.GetLineStart(position.Line) + position.Character)
            clamped++;
        return offset;
    }
}
