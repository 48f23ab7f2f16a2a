using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SourceLint.LanguageServer.Rpc;

/// <summary>
/// A value already written as JSON, which the formatter copies into the message as it is (see
/// <see cref="OutgoingParams"/>). StreamJsonRpc's formatter adds converters of its own to its options, so
/// System.Text.Json cannot use the source-generated fast path there and writes every diagnostic through the
/// generic converters; the context's own options (the same naming and null handling, no extra converters)
/// can: a 10,000-word draft's 225 diagnostics are written in about half the time, byte for byte the same.
/// The bytes are in a pooled buffer, given back by <see cref="Release"/> once the message is sent: a new
/// ~100 kB array per edit was 8% more allocation, so more collections.
/// </summary>
[JsonConverter(typeof(PreSerializedJsonConverter))]
public sealed class PreSerializedJson
{
    private byte[]? _buffer;
    private readonly int _length;

    private PreSerializedJson(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The JSON; only until <see cref="Release"/>.</summary>
    public ReadOnlySpan<byte> Utf8 => _buffer is { } buffer ? buffer.AsSpan(0, _length) : throw new ObjectDisposedException(nameof(PreSerializedJson));

    /// <summary><paramref name="value"/> written with <paramref name="typeInfo"/>'s own options.</summary>
    public static PreSerializedJson Of(object value, JsonTypeInfo typeInfo)
    {
        var output = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(output)) JsonSerializer.Serialize(writer, value, typeInfo);
        return new PreSerializedJson(output.Buffer, output.Length);
    }

    /// <summary>The message has been written: the buffer goes back to the pool (once; later calls do nothing).</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer) ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool, grown by doubling.</summary>
    private sealed class PooledBufferWriter : IBufferWriter<byte>
    {
        public byte[] Buffer { get; private set; } = ArrayPool<byte>.Shared.Rent(64 * 1024);
        public int Length { get; private set; }

        public void Advance(int count) => Length += count;

        public Memory<byte> GetMemory(int sizeHint = 0) { Reserve(sizeHint); return Buffer.AsMemory(Length); }

        public Span<byte> GetSpan(int sizeHint = 0) { Reserve(sizeHint); return Buffer.AsSpan(Length); }

        private void Reserve(int sizeHint)
        {
            int needed = Length + Math.Max(sizeHint, 1);
            if (needed <= Buffer.Length) return;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Buffer.Length * 2));
            Buffer.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(Buffer);
            Buffer = larger;
        }
    }
}

internal sealed class PreSerializedJsonConverter : JsonConverter<PreSerializedJson>
{
    public override PreSerializedJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("outgoing only");

    // Written by System.Text.Json itself a moment earlier: no need to validate it again.
    public override void Write(Utf8JsonWriter writer, PreSerializedJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8, skipInputValidation: true);
}
