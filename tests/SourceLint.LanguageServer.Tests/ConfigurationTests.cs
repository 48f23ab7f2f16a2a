using System.Text.Json.Nodes;

namespace SourceLint.LanguageServer.Tests;

public sealed class ConfigurationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sourcelint-lsp-" + Guid.NewGuid().ToString("N"));

    public ConfigurationTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string DraftUri => new Uri(Path.Combine(_dir, "draft.md")).AbsoluteUri;
    private string ConfigPath => Path.Combine(_dir, ".sourcelint.yml");

    [Fact]
    public async Task The_server_registers_a_watcher_for_configuration_files()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.WaitForSettingsAsync();
        var registration = client.ServerRequests("client/registerCapability").Should().ContainSingle().Subject;
        var reg = registration["params"]!["registrations"]![0]!;
        ((string)reg["method"]!).Should().Be("workspace/didChangeWatchedFiles");
        ((string)reg["registerOptions"]!["watchers"]![0]!["globPattern"]!).Should().Be("**/.sourcelint.yml");
    }

    [Fact]
    public async Task A_bad_configuration_file_is_an_error_diagnostic_and_its_fix_is_picked_up_through_watched_files()
    {
        File.WriteAllText(ConfigPath, "rules:\n  SL101: off\nbogus: 1\n");
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(DraftUri, Drafts.Clean));
        var report = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(DraftUri));
        var error = report!["items"]!.AsArray().Single(d => (string?)d!["code"] == "config")!;
        ((int)error["severity"]!).Should().Be(1);
        ((string)error["message"]!).Should().Contain(".sourcelint.yml:3:").And.Contain("bogus");
        ((int)error["relatedInformation"]![0]!["location"]!["range"]!["start"]!["line"]!).Should().Be(2);
        ((string)error["relatedInformation"]![0]!["location"]!["uri"]!).Should().EndWith("/.sourcelint.yml");
        await client.WaitForNotificationAsync("window/showMessage", n => ((string)n["params"]!["message"]!).Contains("bogus"));

        File.WriteAllText(ConfigPath, "rules:\n  SL101: off\n");
        await client.WaitForSettingsAsync();
        int refreshesBefore = client.ServerRequests("workspace/diagnostic/refresh").Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(ConfigPath).AbsoluteUri, ["type"] = 2 }),
        });
        var after = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(DraftUri));
        after!["items"]!.AsArray().Should().NotContain(d => (string?)d!["code"] == "config");
        // The pull client is told to pull again, since its answers changed without an edit.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (client.ServerRequests("workspace/diagnostic/refresh").Count == refreshesBefore && DateTime.UtcNow < deadline) await Task.Delay(10);
        var refreshes = client.ServerRequests("workspace/diagnostic/refresh");
        refreshes.Count.Should().Be(refreshesBefore + 1);
        refreshes[^1].ContainsKey("params").Should().BeFalse("the refresh request has no params");
    }

    [Fact]
    public async Task Disabling_through_client_settings_clears_diagnostics_and_reenabling_restores_them()
    {
        await using var client = await LspTestClient.StartAsync(pull: false, settings: new JsonObject { ["enable"] = true, ["debounceMs"] = 0 });
        await client.WaitForSettingsAsync();
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(DraftUri, Drafts.MalformedLedger));
        (await client.WaitForPublishAsync(DraftUri, 1))["params"]!["diagnostics"]!.AsArray().Should().NotBeEmpty();

        client.ClearNotifications();
        client.Settings = new JsonObject { ["enable"] = false };
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        var cleared = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["diagnostics"]!.AsArray().Count == 0);
        ((int)cleared["params"]!["version"]!).Should().Be(1);

        client.ClearNotifications();
        client.Settings = new JsonObject { ["enable"] = true };
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["diagnostics"]!.AsArray().Count > 0);
    }

    [Fact]
    public async Task Bad_client_settings_are_shown_as_warnings_never_fatal()
    {
        await using var client = await LspTestClient.StartAsync(settings: new JsonObject
        {
            ["rules"] = new JsonObject { ["SL999"] = "off", ["SL101"] = "loud" },
            ["debounceMs"] = "soon",
        });
        await client.WaitForNotificationAsync("window/showMessage", n => ((string)n["params"]!["message"]!).Contains("SL999"));
        await client.WaitForNotificationAsync("window/showMessage", n => ((string)n["params"]!["message"]!).Contains("loud"));
        await client.WaitForNotificationAsync("window/showMessage", n => ((string)n["params"]!["message"]!).Contains("debounceMs"));
        await client.NotifyAsync("textDocument/didOpen", Drafts.Open(DraftUri, Drafts.MalformedLedger));
        var report = await client.CallAsync("textDocument/diagnostic", Drafts.Doc(DraftUri));
        report!["items"]!.AsArray().Should().ContainSingle(d => (string?)d!["code"] == "input");
    }

    [Fact]
    public void Client_settings_map_to_the_engine_configuration_and_the_file_wins()
    {
        var settings = Configuration.ClientSettings.Parse(System.Text.Json.JsonDocument.Parse(
            """{"sourcelint":{"rules":{"SL101":"off","unattributed-quote":"error"},"reportingVerbs":["opined"],"hedges":["supposedly"],"debounceMs":25}}""").RootElement);
        settings.Warnings.Should().BeEmpty();
        settings.DebounceMs.Should().Be(25);
        settings.Lint.RuleSeverities["SL101"].Should().BeNull();
        settings.Lint.RuleSeverities["SL102"].Should().Be(Core.Diagnostics.Severity.Error);
        settings.Lint.LexiconAdditions["reporting-verbs"].Should().Equal("opined");
        settings.Lint.LexiconAdditions["hedges"].Should().Equal("supposedly");

        File.WriteAllText(ConfigPath, "rules:\n  SL101: warning\nlexicon:\n  hedges: [purportedly]\n");
        var service = new Configuration.ConfigurationService();
        service.UpdateSettings(settings);
        var effective = service.For(Path.Combine(_dir, "draft.md"));
        effective.Error.Should().BeNull();
        effective.ConfigPath.Should().Be(ConfigPath);
        effective.Engine.Configuration.RuleSeverities["SL101"].Should().Be(Core.Diagnostics.Severity.Warning, "the file wins where both set a value");
        effective.Engine.Configuration.RuleSeverities["SL102"].Should().Be(Core.Diagnostics.Severity.Error);
        effective.Engine.Configuration.LexiconAdditions["hedges"].Should().BeEquivalentTo(["supposedly", "purportedly"]);
    }
}
