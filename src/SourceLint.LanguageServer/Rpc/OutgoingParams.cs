using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SourceLint.LanguageServer.Rpc;

/// <summary>
/// Outgoing params as StreamJsonRpc's dictionary form: the record is serialized with the
/// source-generated context and each top-level property travels as a JsonElement. No reflection
/// over the argument's type, so notifications and requests to the client work under Native AOT.
/// </summary>
internal static class OutgoingParams
{
    public static (IReadOnlyDictionary<string, object?> Args, IReadOnlyDictionary<string, Type> Types) Of<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var element = JsonSerializer.SerializeToElement(value, typeInfo);
        var args = new Dictionary<string, object?>(StringComparer.Ordinal);
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            args[property.Name] = property.Value;
            types[property.Name] = typeof(JsonElement);
        }
        return (args, types);
    }
}
