namespace SourceLint.Core.Documents;

/// <summary>
/// Maps each character of a prose block back to its source offset, stored as runs of consecutive
/// characters (one run per line or inline, not one integer per character), so a large draft's map
/// costs a few bytes per line.
/// </summary>
internal sealed class SourceMap
{
    private readonly int[] _proseStarts;
    private readonly int[] _sourceStarts;

    public SourceMap(int[] proseStarts, int[] sourceStarts)
    {
        _proseStarts = proseStarts;
        _sourceStarts = sourceStarts;
    }

    public bool IsEmpty => _proseStarts.Length == 0;

    /// <summary>The source offset of the prose character at <paramref name="prose"/>.</summary>
    public int this[int prose]
    {
        get
        {
            int run = Array.BinarySearch(_proseStarts, prose);
            if (run < 0) run = ~run - 1;
            if (run < 0) run = 0;
            return _sourceStarts[run] + (prose - _proseStarts[run]);
        }
    }
}

/// <summary>Collects the runs of a <see cref="SourceMap"/> while prose characters are appended.</summary>
internal sealed class SourceMapBuilder
{
    private readonly List<int> _proseStarts = new();
    private readonly List<int> _sourceStarts = new();
    private int _length;
    private int _nextSource = -1;

    public void Add(int sourceOffset)
    {
        if (sourceOffset != _nextSource)
        {
            _proseStarts.Add(_length);
            _sourceStarts.Add(sourceOffset);
        }
        _length++;
        _nextSource = sourceOffset + 1;
    }

    /// <summary>As <paramref name="count"/> calls of <see cref="Add"/> with consecutive offsets from <paramref name="sourceStart"/>.</summary>
    public void AddRun(int sourceStart, int count)
    {
        if (count <= 0) return;
        Add(sourceStart);
        _length += count - 1;
        _nextSource = sourceStart + count;
    }

    /// <summary>The map of the characters [start, end) of what was added, re-based to start at 0.</summary>
    public SourceMap Slice(int start, int end)
    {
        var prose = new List<int>();
        var source = new List<int>();
        for (int r = 0; r < _proseStarts.Count; r++)
        {
            int runStart = _proseStarts[r];
            int runEnd = r + 1 < _proseStarts.Count ? _proseStarts[r + 1] : _length;
            if (runEnd <= start || runStart >= end) continue;
            int from = Math.Max(runStart, start);
            prose.Add(from - start);
            source.Add(_sourceStarts[r] + (from - runStart));
        }
        return new SourceMap(prose.ToArray(), source.ToArray());
    }
}
