using System.Text.Json.Nodes;

namespace SourceLint.LanguageServer.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_only_what_is_implemented()
    {
        await using var client = new LspTestClient();
        var result = await client.CallAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
        var caps = result!["capabilities"]!.AsObject();
        caps.Select(p => p.Key).Should().BeEquivalentTo(
            ["textDocumentSync", "diagnosticProvider", "codeActionProvider", "hoverProvider", "documentSymbolProvider", "codeLensProvider"]);
        ((int)caps["textDocumentSync"]!["change"]!).Should().Be(2, "incremental sync");
        ((bool)caps["textDocumentSync"]!["openClose"]!).Should().BeTrue();
        ((string)caps["diagnosticProvider"]!["identifier"]!).Should().Be("sourcelint");
        ((bool)caps["diagnosticProvider"]!["workspaceDiagnostics"]!).Should().BeTrue();
        caps["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => (string?)k).Should().Equal("quickfix");
        ((string)result["serverInfo"]!["name"]!).Should().Be("sourcelint");
    }

    [Fact]
    public async Task Requests_before_initialize_get_ServerNotInitialized()
    {
        await using var client = new LspTestClient();
        var response = await client.RequestAsync("textDocument/hover", Drafts.Position("file:///tmp/a.md", 0, 0));
        ((int)response["error"]!["code"]!).Should().Be(-32002);
        var diag = await client.RequestAsync("textDocument/diagnostic", Drafts.Doc("file:///tmp/a.md"));
        ((int)diag["error"]!["code"]!).Should().Be(-32002);
        // And the server still initializes afterwards.
        var init = await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        init["error"].Should().BeNull();
    }

    [Fact]
    public async Task Unknown_methods_get_MethodNotFound_and_the_server_keeps_serving()
    {
        await using var client = await LspTestClient.StartAsync();
        var response = await client.RequestAsync("textDocument/nonsense", new JsonObject());
        ((int)response["error"]!["code"]!).Should().Be(-32601);
        await client.NotifyAsync("$/unknownNotification", new JsonObject());
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open("file:///tmp/b.md", Drafts.MalformedLedger));
        var report = await client.CallAsync("textDocument/diagnostic", Drafts.Doc("file:///tmp/b.md"));
        ((string)report!["kind"]!).Should().Be("full");
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_0()
    {
        var client = new LspTestClient();
        await client.CallAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        var shutdown = await client.RequestAsync("shutdown", null);
        shutdown["error"].Should().BeNull();
        shutdown.ContainsKey("result").Should().BeTrue();
        shutdown["result"].Should().BeNull();
        // After shutdown, requests are refused but the server waits for exit.
        var late = await client.RequestAsync("textDocument/hover", Drafts.Position("file:///tmp/a.md", 0, 0));
        ((int)late["error"]!["code"]!).Should().Be(-32600);
        client.ServerTask.IsCompleted.Should().BeFalse();
        await client.NotifyAsync("exit", null);
        (await client.ServerTask.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(0);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("exit", null);
        (await client.ServerTask.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(1);
        await client.DisposeAsync();
    }
}
