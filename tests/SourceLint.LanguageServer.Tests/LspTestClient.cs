using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SourceLint.LanguageServer.Tests;

/// <summary>
/// A raw LSP client for in-process protocol tests: frames and parses messages itself (so tests can
/// send broken ones), talks to <see cref="LanguageServerHost"/> over two in-memory pipes, records
/// every notification, and answers the server's own requests (configuration, registration).
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    private readonly Pipe _toServer = new();
    private readonly Pipe _fromServer = new();
    private readonly Stream _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _notifications = new();
    private readonly List<JsonObject> _serverRequests = new();
    private readonly object _gate = new();
    private int _nextId = 1;
    private readonly Task _readLoop;

    public LspTestClient()
    {
        _writer = _toServer.Writer.AsStream();
        ServerLog = new StringWriter();
        ServerTask = Task.Run(() => LanguageServerHost.RunAsync(_toServer.Reader.AsStream(), _fromServer.Writer.AsStream(), TextWriter.Synchronized(ServerLog)));
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server's exit code once it stops.</summary>
    public Task<int> ServerTask { get; }
    public StringWriter ServerLog { get; }

    /// <summary>The answer to workspace/configuration (the "sourcelint" section).</summary>
    public JsonNode? Settings { get; set; }

    public static JsonObject Capabilities(bool pull) => pull
        ? JsonNode.Parse("""{"textDocument":{"diagnostic":{"dynamicRegistration":false},"hover":{"contentFormat":["markdown"]}},"workspace":{"configuration":true,"didChangeWatchedFiles":{"dynamicRegistration":true},"diagnostics":{"refreshSupport":true}}}""")!.AsObject()
        : JsonNode.Parse("""{"textDocument":{"publishDiagnostics":{"versionSupport":true}},"workspace":{"configuration":true,"didChangeWatchedFiles":{"dynamicRegistration":true}}}""")!.AsObject();

    public static async Task<LspTestClient> StartAsync(bool pull = true, JsonNode? settings = null)
    {
        var client = new LspTestClient { Settings = settings };
        var result = await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = Capabilities(pull) });
        result["error"].Should().BeNull();
        await client.NotifyAsync("initialized", new JsonObject());
        return client;
    }

    public async Task<JsonObject> RequestAsync(string method, JsonNode? @params, TimeSpan? timeout = null)
    {
        int id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = @params });
        return await tcs.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    /// <summary>Sends a request and returns its id and the pending response, for cancellation tests.</summary>
    public (int Id, Task<JsonObject> Response) StartRequest(string method, JsonNode? @params)
    {
        int id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = @params }).GetAwaiter().GetResult();
        return (id, tcs.Task);
    }

    /// <summary>The result of a request that must succeed.</summary>
    public async Task<JsonNode?> CallAsync(string method, JsonNode? @params)
    {
        var response = await RequestAsync(method, @params);
        response["error"].Should().BeNull($"{method} should succeed, got {response.ToJsonString()}");
        return response["result"];
    }

    public Task NotifyAsync(string method, JsonNode? @params) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = @params });

    public Task SendAsync(JsonNode message) => SendRawAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    public async Task SendRawAsync(byte[] body, string? header = null)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _writer.WriteAsync(Encoding.ASCII.GetBytes(header ?? $"Content-Length: {body.Length}\r\n\r\n"));
            await _writer.WriteAsync(body);
            await _writer.FlushAsync();
        }
        finally { _writeLock.Release(); }
    }

    /// <summary>The client goes away: its output stream ends.</summary>
    public Task DisconnectAsync() => _toServer.Writer.CompleteAsync().AsTask();

    public IReadOnlyList<JsonObject> Notifications(string method)
    {
        lock (_gate) return _notifications.Where(n => (string?)n["method"] == method).ToList();
    }

    public IReadOnlyList<JsonObject> ServerRequests(string method)
    {
        lock (_gate) return _serverRequests.Where(n => (string?)n["method"] == method).ToList();
    }

    /// <summary>Waits for a notification matching the predicate (already received or arriving later).</summary>
    public async Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonObject, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var found = Notifications(method).FirstOrDefault(n => match?.Invoke(n) ?? true);
            if (found is not null) return found;
            await Task.Delay(10);
        }
        throw new TimeoutException($"no {method} notification matched; got: {string.Join("\n", Notifications(method).Select(n => n.ToJsonString()))}\nserver log:\n{ServerLog}");
    }

    /// <summary>Waits until the server has published for the draft at this version.</summary>
    public Task<JsonObject> WaitForPublishAsync(string uri, int? version = null) =>
        WaitForNotificationAsync("textDocument/publishDiagnostics",
            n => (string?)n["params"]!["uri"] == uri && (version is null || (int?)n["params"]!["version"] == version));

    /// <summary>Waits until the server has asked for the settings and had a moment to apply the answer.</summary>
    public async Task WaitForSettingsAsync(int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (ServerRequests("workspace/configuration").Count < count && DateTime.UtcNow < deadline) await Task.Delay(10);
        ServerRequests("workspace/configuration").Count.Should().BeGreaterThanOrEqualTo(count);
        await Task.Delay(100);
    }

    public void ClearNotifications()
    {
        lock (_gate) _notifications.Clear();
    }

    private async Task ReadLoopAsync()
    {
        var stream = _fromServer.Reader.AsStream();
        try
        {
            while (true)
            {
                int length = -1;
                while (true)
                {
                    string? line = ReadLine(stream);
                    if (line is null) return;
                    if (line.Length == 0) break;
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim());
                }
                var body = new byte[length];
                await stream.ReadExactlyAsync(body);
                var message = JsonNode.Parse(body)!.AsObject();
                if (message["method"] is not null && message["id"] is not null) await AnswerServerRequestAsync(message);
                else if (message["method"] is not null) { lock (_gate) _notifications.Add(message); }
                else if (message["id"] is JsonValue idValue && idValue.TryGetValue(out int id) && _pending.TryRemove(id, out var tcs)) tcs.TrySetResult(message);
            }
        }
        catch (Exception) { /* server closed its output */ }
    }

    private async Task AnswerServerRequestAsync(JsonObject request)
    {
        lock (_gate) _serverRequests.Add(request);
        JsonNode? result = (string?)request["method"] switch
        {
            "workspace/configuration" => new JsonArray(Settings?.DeepClone()),
            _ => null,
        };
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = request["id"]!.DeepClone(), ["result"] = result });
    }

    private static string? ReadLine(Stream stream)
    {
        var sb = new StringBuilder();
        while (true)
        {
            int b = stream.ReadByte();
            if (b < 0) return null;
            if (b == '\n') return sb.ToString().TrimEnd('\r');
            sb.Append((char)b);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!ServerTask.IsCompleted)
        {
            try { await NotifyAsync("exit", null); } catch (Exception) { }
            await _toServer.Writer.CompleteAsync();
        }
        try { await ServerTask.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { }
        await _fromServer.Writer.CompleteAsync();
        try { await _readLoop.WaitAsync(TimeSpan.FromSeconds(5)); } catch (Exception) { }
    }
}
