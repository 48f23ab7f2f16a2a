using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Rpc;

/// <summary>
/// JsonRpc with LSP's error conventions: bad parameters are InvalidParams (-32602), unexpected
/// failures InternalError (-32603) with the message only (no stack trace sent to the editor).
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler, Action<string> log) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException) return base.CreateErrorDetails(request, exception);
        var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } e } ? e : exception;
        if (inner is JsonException or ArgumentException or FormatException or InvalidCastException)
            return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)ErrorCodes.InvalidParams, Message = $"{request.Method}: invalid params: {inner.Message}" };
        log($"{request.Method} failed: {inner}");
        return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)ErrorCodes.InternalError, Message = $"{request.Method} failed: {inner.Message}" };
    }
}
