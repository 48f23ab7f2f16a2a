using System.Diagnostics;

namespace SourceLint.Bench.Harness;

/// <summary>
/// A small Stopwatch harness: warm-up runs first (JIT tiers, caches), a full garbage collection before each
/// timed run so one run's garbage is not billed to the next, and medians rather than means.
/// </summary>
internal static class Sampler
{
    /// <summary>Times <paramref name="action"/> once, after collecting garbage.</summary>
    public static TimeSpan TimeOnce(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>Warms the actions up (see <see cref="WarmUp"/>), then runs them <paramref name="repetitions"/>
    /// times timed, interleaved (a, b, a, b …) so drift in machine load hits both alike.</summary>
    public static List<TimeSpan>[] TimeInterleaved(int repetitions, params Action[] actions)
    {
        WarmUp(actions);
        var samples = actions.Select(_ => new List<TimeSpan>(repetitions)).ToArray();
        for (var r = 0; r < repetitions; r++)
            for (var a = 0; a < actions.Length; a++)
                samples[a].Add(TimeOnce(actions[a]));
        return samples;
    }

    /// <summary>Untimed rounds until the JIT has settled: .NET compiles a method quickly first and again,
    /// optimised, after about 30 calls and a short delay, so a few rounds are not enough.</summary>
    public const int MinWarmupRounds = 5;
    public const int MaxWarmupRounds = 30;
    public static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(3);

    public static int WarmUp(params Action[] actions)
    {
        var start = Stopwatch.GetTimestamp();
        var rounds = 0;
        while (rounds < MinWarmupRounds || (rounds < MaxWarmupRounds && Stopwatch.GetElapsedTime(start) < WarmupTime))
        {
            foreach (var action in actions) action();
            rounds++;
        }
        return rounds;
    }

    public static TimeSpan Median(IReadOnlyList<TimeSpan> samples)
    {
        if (samples.Count == 0) throw new ArgumentException("no samples", nameof(samples));
        var sorted = samples.OrderBy(s => s).ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
