using System.Text.Json.Nodes;

namespace SourceLint.LanguageServer.Tests;

/// <summary>Drafts and protocol snippets the tests share.</summary>
public static class Drafts
{
    /// <summary>A draft whose ledger has a bad status on line 5 (1-based): the engine reports a problem there.</summary>
    public const string MalformedLedger = "---\ntitle: Troops killed in attack\nsourcelint:\n  claims:\n    - claim: more than 30 soldiers killed\n      status: maybe\n---\n\nMore than 30 soldiers were killed in Sunday's attack.\n";

    public const string Clean = "# Troops killed in attack\n\nMore than 30 soldiers were killed in Sunday's attack, according to Reuters.\n";

    public static string SamplesDir => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string SeedDraft => File.ReadAllText(Path.Combine(SamplesDir, "seed-draft.md"));

    public static JsonObject Open(string uri, string text, int version = 1, string languageId = "markdown") => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
    };

    public static JsonObject Doc(string uri) => new() { ["textDocument"] = new JsonObject { ["uri"] = uri } };

    public static JsonObject Range(int l1, int c1, int l2, int c2) => new()
    {
        ["start"] = new JsonObject { ["line"] = l1, ["character"] = c1 },
        ["end"] = new JsonObject { ["line"] = l2, ["character"] = c2 },
    };

    public static JsonObject Change(string uri, int version, params JsonObject[] changes) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JsonArray(changes),
    };

    public static JsonObject Edit(JsonObject range, string text) => new() { ["range"] = range, ["text"] = text };

    public static JsonObject Position(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    /// <summary>Applies LSP text edits (as the client would) to a text.</summary>
    public static string ApplyEdits(string text, JsonArray edits)
    {
        var source = new Core.Text.SourceText(text);
        var spans = edits.Select(e => (
            Start: source.GetOffset((int)e!["range"]!["start"]!["line"]!, (int)e["range"]!["start"]!["character"]!),
            End: source.GetOffset((int)e["range"]!["end"]!["line"]!, (int)e["range"]!["end"]!["character"]!),
            Text: (string)e["newText"]!)).OrderByDescending(e => e.Start).ToList();
        foreach (var (start, end, newText) in spans) text = text[..start] + newText + text[end..];
        return text;
    }
}
