namespace SourceLint.Eval.PolNear;

/// <summary>
/// Maps BRAT offsets (Unicode code points, as the annotation tool counted them) to UTF-16 offsets (the
/// engine's). They differ only after a character outside the Basic Multilingual Plane, such as an emoji.
/// </summary>
internal sealed class CodePointMap
{
    private readonly int[]? _utf16Offsets; // null: the text has no surrogate pairs, offsets are equal

    public CodePointMap(string text)
    {
        if (!text.Any(char.IsSurrogate)) return;
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        offsets.Add(text.Length);
        _utf16Offsets = offsets.ToArray();
    }

    /// <summary>The UTF-16 offset of code point <paramref name="codePoint"/>, clamped to the text.</summary>
    public int ToUtf16(int codePoint)
    {
        if (_utf16Offsets is null) return codePoint;
        return _utf16Offsets[Math.Clamp(codePoint, 0, _utf16Offsets.Length - 1)];
    }
}
