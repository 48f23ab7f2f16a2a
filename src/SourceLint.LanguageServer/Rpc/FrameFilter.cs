using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace SourceLint.LanguageServer.Rpc;

/// <summary>
/// Sits between the client's byte stream and StreamJsonRpc. StreamJsonRpc drops the whole connection
/// on one unparsable message; an editor must not lose its server to one bad frame. Each
/// Content-Length frame is checked to be a JSON object; a frame that is not (broken JSON, a bad
/// header, an array) is replaced by a <see cref="MalformedMethod"/> notification, which the server
/// logs, and the connection carries on with the next frame.
/// </summary>
internal sealed class FrameFilter
{
    public const string MalformedMethod = "$/sourcelint/malformedMessage";
    /// <summary>A frame larger than this is refused (and skipped) rather than buffered.</summary>
    public const int MaxFrameBytes = 256 * 1024 * 1024;

    private readonly Stream _input;
    private readonly Pipe _pipe = new(new PipeOptions(pauseWriterThreshold: 0));

    public FrameFilter(Stream input) => _input = input;

    private volatile bool _shutdownSeen;

    /// <summary>
    /// Whether a well-formed <c>shutdown</c> request came through. StreamJsonRpc may see the stream end before it
    /// has dispatched a shutdown it already read (a shell pipe sends shutdown, exit and EOF at once), so the host
    /// asks the filter, which saw the bytes, whether the client asked to stop.
    /// </summary>
    public bool ShutdownSeen => _shutdownSeen;

    /// <summary>The filtered stream StreamJsonRpc reads from.</summary>
    public Stream Output => _pipe.Reader.AsStream();

    /// <summary>Reading blocks on the client's stream, so the pump gets a thread of its own.</summary>
    public Task RunAsync() => Task.Factory.StartNew(PumpAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    private async Task PumpAsync()
    {
        var reader = new BufferedStream(_input, 1 << 16);
        try
        {
            while (true)
            {
                var (length, headerProblem, eof) = ReadHeaders(reader);
                if (eof) break;
                if (headerProblem is not null)
                {
                    await ForwardAsync(Malformed(headerProblem)).ConfigureAwait(false);
                    if (length < 0) continue;
                }
                if (length > MaxFrameBytes)
                {
                    Skip(reader, length);
                    await ForwardAsync(Malformed($"message of {length} bytes is larger than the {MaxFrameBytes} bytes accepted")).ConfigureAwait(false);
                    continue;
                }
                byte[] body = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                try
                {
                    int read = ReadFully(reader, body, length);
                    if (read < length) break; // the stream ended inside a message
                    var frame = new ReadOnlyMemory<byte>(body, 0, length);
                    string? problem = Check(frame.Span, out bool isShutdown);
                    if (problem is null && isShutdown) _shutdownSeen = true;
                    if (problem is null) await ForwardFrameAsync(frame).ConfigureAwait(false);
                    else await ForwardAsync(Malformed(problem)).ConfigureAwait(false);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(body);
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The client's end broke: the same as the stream ending.
        }
        await _pipe.Writer.CompleteAsync().ConfigureAwait(false);
    }

    /// <summary>Reads header lines up to the blank line. Length -1 when no usable Content-Length came.</summary>
    private static (int Length, string? Problem, bool Eof) ReadHeaders(Stream reader)
    {
        int length = -1;
        string? problem = null;
        bool sawAny = false;
        var line = new StringBuilder();
        while (true)
        {
            int b = reader.ReadByte();
            if (b < 0) return (length, problem, true);
            if (b == '\r') continue;
            if (b != '\n')
            {
                if (line.Length < 8192) line.Append((char)b);
                continue;
            }
            string text = line.ToString();
            line.Clear();
            if (text.Length == 0)
            {
                if (!sawAny) continue; // stray blank lines between frames
                if (length < 0) problem ??= "message header without a valid Content-Length";
                return (length, problem, false);
            }
            sawAny = true;
            int colon = text.IndexOf(':');
            if (colon <= 0) { problem ??= $"malformed header line '{Truncate(text)}'"; continue; }
            string name = text[..colon].Trim();
            string value = text[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) length = n;
                else problem ??= $"Content-Length '{Truncate(value)}' is not a number";
            }
        }
    }

    /// <summary>Null when the frame is a JSON object; otherwise what is wrong with it. Notes on the way whether its method is <c>shutdown</c>.</summary>
    private static string? Check(ReadOnlySpan<byte> frame, out bool isShutdown)
    {
        isShutdown = false;
        try
        {
            var reader = new Utf8JsonReader(frame, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 });
            if (!reader.Read()) return "empty message";
            if (reader.TokenType != JsonTokenType.StartObject) return $"a JSON-RPC message must be an object, not {reader.TokenType}";
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isMethod = reader.ValueTextEquals("method"u8);
                reader.Read();
                if (isMethod && reader.TokenType == JsonTokenType.String) isShutdown = reader.ValueTextEquals("shutdown"u8);
                reader.Skip();
            }
            if (reader.Read()) return "text after the end of the JSON message";
            return null;
        }
        catch (JsonException e)
        {
            return "invalid JSON: " + e.Message;
        }
    }

    private async Task ForwardFrameAsync(ReadOnlyMemory<byte> body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _pipe.Writer.WriteAsync(header).ConfigureAwait(false);
        await _pipe.Writer.WriteAsync(body).ConfigureAwait(false);
    }

    private Task ForwardAsync(byte[] body) => ForwardFrameAsync(body);

    private static byte[] Malformed(string problem) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["jsonrpc"] = "2.0",
            ["method"] = MalformedMethod,
            ["params"] = new Dictionary<string, string> { ["problem"] = problem },
        }, FrameJsonContext.Default.DictionaryStringObject);

    private static int ReadFully(Stream reader, byte[] buffer, int length)
    {
        int total = 0;
        while (total < length)
        {
            int n = reader.Read(buffer, total, length - total);
            if (n <= 0) break;
            total += n;
        }
        return total;
    }

    private static void Skip(Stream reader, int length)
    {
        byte[] scratch = new byte[1 << 16];
        int left = length;
        while (left > 0)
        {
            int n = reader.Read(scratch, 0, Math.Min(scratch.Length, left));
            if (n <= 0) return;
            left -= n;
        }
    }

    private static string Truncate(string s) => s.Length > 60 ? s[..60] + "…" : s;
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, object>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class FrameJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
