using SourceLint.Core.Text;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Features;

/// <summary>Engine positions (already LSP-style: zero-based, UTF-16) to protocol records and back.</summary>
public static class LspConvert
{
    public static Lsp.Position ToLsp(LinePosition p) => new(p.Line, p.Column);

    public static Lsp.Range ToLsp(LineRange r) => new(ToLsp(r.Start), ToLsp(r.End));

    public static Lsp.Range RangeOf(SourceText source, TextSpan span) => ToLsp(source.GetRange(span));

    public static Lsp.Range RangeOf(SourceText source, int offset) => RangeOf(source, new TextSpan(offset, offset));

    /// <summary>The offset of a client position, clamped into the text.</summary>
    public static int OffsetOf(SourceText source, Lsp.Position? position) =>
        position is null ? 0 : source.GetOffset(position.Line, position.Character);

    public static TextSpan SpanOf(SourceText source, Lsp.Range range)
    {
        int a = OffsetOf(source, range.Start), b = OffsetOf(source, range.End);
        return TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b));
    }

    public static bool Intersects(Lsp.Range a, Lsp.Range b) => Compare(a.Start, b.End) <= 0 && Compare(b.Start, a.End) <= 0;

    public static int Compare(Lsp.Position a, Lsp.Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}
