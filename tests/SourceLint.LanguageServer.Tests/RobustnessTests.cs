using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace SourceLint.LanguageServer.Tests;

public sealed class RobustnessTests
{
    private const string Uri = "file:///tmp/sourcelint-tests/robust.md";

    [Fact]
    public async Task Malformed_frames_are_logged_and_the_next_message_is_served()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":"));
        await client.SendRawAsync(Encoding.UTF8.GetBytes("[1,2,3]"));
        await client.SendRawAsync(Encoding.UTF8.GetBytes("not json at all"));
        await client.SendRawAsync(Encoding.UTF8.GetBytes("{}"), "Content-Type: nonsense\r\n\r\n");
        await client.SendRawAsync([], "Content-Length: ten\r\n\r\n");
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.MalformedLedger));
        var report = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri));
        report!["items"]!.AsArray().Should().ContainSingle(d => (string?)d!["code"] == "input");
        await client.WaitForNotificationAsync("window/logMessage", n => ((string)n["params"]!["message"]!).Contains("invalid JSON"));
        await client.WaitForNotificationAsync("window/logMessage", n => ((string)n["params"]!["message"]!).Contains("must be an object"));
        await client.WaitForNotificationAsync("window/logMessage", n => ((string)n["params"]!["message"]!).Contains("Content-Length"));
        client.ServerTask.IsCompleted.Should().BeFalse();
    }

    [Fact]
    public async Task Invalid_params_get_InvalidParams_not_a_crash()
    {
        await using var client = await LspTestClient.StartAsync();
        var response = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = 5, ["position"] = "here" });
        ((int)response["error"]!["code"]!).Should().Be(-32602);
        var missing = await client.RequestAsync("textDocument/diagnostic", new JsonObject());
        ((int)missing["error"]!["code"]!).Should().Be(-32602);
        await client.NotifyAsync("textDocument/didChange", new JsonObject { ["textDocument"] = "x" });
        var after = await client.RequestAsync("textDocument/codeLens", Drafts.Doc(Uri));
        after["error"].Should().BeNull();
    }

    [Fact]
    public async Task A_ten_megabyte_draft_is_analysed_off_the_message_loop()
    {
        var sb = new StringBuilder();
        while (sb.Length < 10 * 1024 * 1024) sb.Append("Officials said more than 30 soldiers were killed in the attack on Sunday, according to Reuters.\n\n");
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open("file:///tmp/sourcelint-tests/big.md", sb.ToString()));
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.MalformedLedger));
        // While the big draft is analysed, the small one is still answered.
        var clock = Stopwatch.StartNew();
        var small = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri));
        small!["items"]!.AsArray().Should().ContainSingle(d => (string?)d!["code"] == "input");
        var unknown = await client.RequestAsync("nothing/here", null);
        ((int)unknown["error"]!["code"]!).Should().Be(-32601);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        var big = await client.CallAsync("textDocument/diagnostic", Drafts.Doc("file:///tmp/sourcelint-tests/big.md"));
        var notice = big!["items"]!.AsArray().Should().ContainSingle().Subject!;
        ((string)notice["code"]!).Should().Be("size");
        ((int)notice["severity"]!).Should().Be(3);
        // Cut down below the limit with an incremental edit (from line 2,000 to far past the end, clamped): now it is analysed.
        await client.NotifyAsync("textDocument/didChange", Drafts.Change("file:///tmp/sourcelint-tests/big.md", 2, Drafts.Edit(Drafts.Range(2_000, 0, 5_000_000, 0), "")));
        var again = await client.CallAsync("textDocument/diagnostic", Drafts.Doc("file:///tmp/sourcelint-tests/big.md"));
        again!["items"]!.AsArray().Should().NotContain(d => (string?)d!["code"] == "size");
    }

    [Fact]
    public async Task Binary_content_is_linted_without_failing()
    {
        var random = new Random(42);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        string binary = Encoding.Latin1.GetString(bytes) + "\0\0\uFFFD\uD800"; // lone surrogate and NULs too
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, binary));
        var report = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri));
        ((string)report!["kind"]!).Should().Be("full");
        report["items"]!.AsArray().Should().NotContain(d => (string?)d!["code"] == "internal");
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open("file:///tmp/sourcelint-tests/bin.txt", binary, 1, "plaintext"));
        (await client.RequestAsync("textDocument/hover", Drafts.Position("file:///tmp/sourcelint-tests/bin.txt", 3, 3)))["error"].Should().BeNull();
        (await client.CallAsync("textDocument/diagnostic", Drafts.Doc("file:///tmp/sourcelint-tests/bin.txt")))!["items"]!.AsArray()
            .Should().NotContain(d => (string?)d!["code"] == "internal");
    }

    [Fact]
    public async Task Cancelled_requests_answer_RequestCancelled_and_the_server_goes_on()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.MalformedLedger));
        var first = await client.CallAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        string resultId = (string)first!["items"]![0]!["resultId"]!;
        // Nothing changed since: the workspace pull is held (long poll) until cancelled.
        var (id, pending) = client.StartRequest("workspace/diagnostic", new JsonObject
        {
            ["previousResultIds"] = new JsonArray(new JsonObject { ["uri"] = Uri, ["value"] = resultId }),
        });
        await Task.Delay(200);
        pending.IsCompleted.Should().BeFalse("nothing changed, so the server holds the request");
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = id });
        var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));
        ((int)response["error"]!["code"]!).Should().Be(-32800);
        (await client.CallAsync("textDocument/diagnostic", Drafts.Doc(Uri)))!["items"]!.AsArray().Should().ContainSingle(d => (string?)d!["code"] == "input");
    }

    [Fact]
    public async Task A_held_workspace_pull_answers_when_a_draft_changes()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.MalformedLedger));
        var first = await client.CallAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        string resultId = (string)first!["items"]![0]!["resultId"]!;
        var (_, pending) = client.StartRequest("workspace/diagnostic", new JsonObject
        {
            ["previousResultIds"] = new JsonArray(new JsonObject { ["uri"] = Uri, ["value"] = resultId }),
        });
        await client.NotifyAsync("textDocument/didChange", Drafts.Change(Uri, 2, Drafts.Edit(Drafts.Range(5, 14, 5, 19), "verified")));
        var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));
        var item = response["result"]!["items"]!.AsArray().Single()!;
        ((string)item["kind"]!).Should().Be("full");
        ((int)item["version"]!).Should().Be(2);
    }

    [Fact]
    public async Task Closing_the_stream_after_shutdown_is_a_clean_stop_with_or_without_exit()
    {
        // Clients such as a shell pipe send shutdown and exit and close the stream at once: exit 0 each time,
        // whichever the server sees first (the end of the stream or the queued exit).
        for (int i = 0; i < 10; i++)
        {
            var client = await LspTestClient.StartAsync(pull: false);
            await client.CallAsync("shutdown", null);
            if (i % 2 == 0) await client.NotifyAsync("exit", null);
            await client.DisconnectAsync();
            (await client.ServerTask.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(0, $"run {i}: shutdown was answered{(i % 2 == 0 ? " and exit sent" : "")}");
            await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_pipe_that_sends_shutdown_exit_and_end_of_stream_at_once_is_a_clean_stop()
    {
        // What 'printf ... | sourcelint-server' does: the stream ends before the server has answered shutdown,
        // often before it has even dispatched it. The client asked to stop, so the exit code is 0 every time.
        for (int i = 0; i < 20; i++)
        {
            var client = await LspTestClient.StartAsync(pull: false);
            _ = client.StartRequest("shutdown", null);
            if (i % 2 == 0) await client.NotifyAsync("exit", null);
            await client.DisconnectAsync();
            (await client.ServerTask.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(0, $"run {i}: shutdown was sent{(i % 2 == 0 ? " with exit" : "")} before the stream ended");
            await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task Client_disconnect_without_shutdown_ends_the_session_cleanly()
    {
        var client = await LspTestClient.StartAsync(pull: false);
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(Uri, Drafts.MalformedLedger));
        await client.DisconnectAsync();
        (await client.ServerTask.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(1, "LSP: exit code 1 when the client went away without shutdown");
        await client.DisposeAsync();
    }
}
