namespace SourceLint.Cli.Output;

/// <summary>
/// "checked 120/2225" on stderr, rewritten in place, only for long runs on a terminal: never in CI logs
/// or when stderr is redirected, and cleared before the report prints.
/// </summary>
public sealed class ProgressLine
{
    private const int MinFiles = 200;
    private readonly TextWriter _stderr;
    private long _lastTicks;

    private ProgressLine(TextWriter stderr) => _stderr = stderr;

    public static ProgressLine? For(TextWriter stderr, int files) =>
        files >= MinFiles && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new ProgressLine(stderr) : null;

    public void Report(int done, int total)
    {
        long now = Environment.TickCount64;
        if (done < total && now - Interlocked.Read(ref _lastTicks) < 100) return;
        Interlocked.Exchange(ref _lastTicks, now);
        lock (_stderr) _stderr.Write($"\rchecked {done}/{total}");
    }

    public void Clear()
    {
        lock (_stderr) _stderr.Write("\r\u001b[K");
    }
}
