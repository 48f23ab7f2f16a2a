using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SourceLint.LanguageServer.Rpc;

/// <summary>
/// Outgoing params as StreamJsonRpc's dictionary form: each top-level property of the record travels
/// with its declared type, read through the source-generated metadata, and the formatter (whose resolver
/// is the same source-generated context) writes it. No reflection over the argument's type, so
/// notifications and requests to the client work under Native AOT.
/// </summary>
internal static class OutgoingParams
{
    public static (IReadOnlyDictionary<string, object?> Args, IReadOnlyDictionary<string, Type> Types) Of<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var args = new Dictionary<string, object?>(StringComparer.Ordinal);
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        if (value is null || typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Properties.Any(p => p.Get is null))
            return AsElements(value, typeInfo, args, types);
        // Not serialized here and parsed back into JsonElements (as this did before): for a draft's
        // diagnostics that was ~100 kB of JSON written, parsed and written again on every edit.
        foreach (var property in typeInfo.Properties)
        {
            object? propertyValue = property.Get!(value);
            if (propertyValue is null) continue; // the protocol's options leave nulls out
            if (property.ShouldSerialize is { } should && !should(value, propertyValue)) continue;
            // Lists (a draft's diagnostics: ~100 kB of JSON per edit) are written here with the context's own options,
            // which can take the source-generated fast path that the formatter's options cannot (see PreSerializedJson).
            if (property.PropertyType != typeof(PreSerializedJson) &&
                Protocol.LspJsonContext.Default.GetTypeInfo(property.PropertyType) is { Kind: JsonTypeInfoKind.Enumerable } listInfo)
            {
                args[property.Name] = PreSerializedJson.Of(propertyValue, listInfo);
                types[property.Name] = typeof(PreSerializedJson);
                continue;
            }
            args[property.Name] = propertyValue;
            types[property.Name] = property.PropertyType;
        }
        return (args, types);
    }

    /// <summary>
    /// Writes an empty list of diagnostics once, so that the first draft's publish does not build the context's own
    /// metadata for them (the formatter's options have theirs; <see cref="PreSerializedJson"/> uses the context's).
    /// </summary>
    public static void WarmUp() =>
        PreSerializedJson.Of(Array.Empty<Protocol.Diagnostic>(), Protocol.LspJsonContext.Default.IReadOnlyListDiagnostic).Release();

    /// <summary>Gives back the pooled buffers of the lists <see cref="Of"/> wrote, once the message that carried them is written.</summary>
    public static void Release(IReadOnlyDictionary<string, object?> args)
    {
        foreach (var value in args.Values)
            if (value is PreSerializedJson written) written.Release();
    }

    /// <summary>The record serialized once and each top-level property passed as a JsonElement: for a shape the metadata cannot be read from.</summary>
    private static (IReadOnlyDictionary<string, object?>, IReadOnlyDictionary<string, Type>) AsElements<T>(T value, JsonTypeInfo<T> typeInfo,
        Dictionary<string, object?> args, Dictionary<string, Type> types)
    {
        var element = JsonSerializer.SerializeToElement(value, typeInfo);
        foreach (var property in element.EnumerateObject())
        {
            args[property.Name] = property.Value;
            types[property.Name] = typeof(JsonElement);
        }
        return (args, types);
    }
}
