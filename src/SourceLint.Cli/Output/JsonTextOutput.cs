using System.Text;
using System.Text.Json;

namespace SourceLint.Cli.Output;

/// <summary>
/// A JSON writer whose output goes to a <see cref="TextWriter"/> piece by piece: the machine formats call
/// <see cref="Drain"/> after each file, so a report on an archive (tens of megabytes) never sits whole in a
/// buffer, then in a copy of it, then in a string of it.
/// </summary>
public sealed class JsonTextOutput : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter _writer;
    private readonly MemoryStream _buffer = new();

    public JsonTextOutput(TextWriter writer)
    {
        _writer = writer;
        Json = new Utf8JsonWriter(_buffer, Options);
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Moves what has been written so far to the text writer.</summary>
    public void Drain()
    {
        Json.Flush();
        if (_buffer.Length == 0) return;
        _writer.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }

    /// <summary>Drains the rest and ends the document's line.</summary>
    public void Dispose()
    {
        Drain();
        _writer.WriteLine();
        Json.Dispose();
        _buffer.Dispose();
    }
}
