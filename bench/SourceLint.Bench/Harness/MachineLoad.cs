using System.Globalization;

namespace SourceLint.Bench.Harness;

/// <summary>The machine's load when the benchmark starts: other builds on a 2-core machine make ratios meaningless.</summary>
internal static class MachineLoad
{
    public static (string Text, bool Busy) Describe()
    {
        const string loadFile = "/proc/loadavg";
        if (!File.Exists(loadFile)) return ("load average: unknown on this system", false);
        var first = File.ReadAllText(loadFile).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (!double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load)) return ("load average: unreadable", false);
        // More runnable work than cores means the benchmark shares its core with something else.
        var busy = load > Environment.ProcessorCount;
        return ($"load average (1 min): {load:0.00} on {Environment.ProcessorCount} cores" + (busy ? "  << BUSY: figures will be noisy" : ""), busy);
    }
}
