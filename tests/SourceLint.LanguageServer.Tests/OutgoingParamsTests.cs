using System.Text.Json;
using SourceLint.Core.Text;
using SourceLint.LanguageServer.Features;
using SourceLint.LanguageServer.Rpc;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Tests;

/// <summary>
/// Outgoing lists are written beforehand with the source-generated context's own options (its fast path) and copied
/// into the message: what the client receives must be byte for byte what the formatter wrote itself before.
/// </summary>
public sealed class OutgoingParamsTests
{
    private static byte[] Written(object? value, Type type, JsonSerializerOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) JsonSerializer.Serialize(writer, value, options.GetTypeInfo(type));
        return stream.ToArray();
    }

    [RulesLandedFact]
    public void A_publish_carries_the_same_json_as_the_formatter_writes()
    {
        var options = LanguageServerHost.CreateFormatter().JsonSerializerOptions;
        string text = Drafts.SeedDraft + "\n" + Drafts.SeedDraft; // quotes, related locations and tags among the findings
        var source = new SourceText(text);
        var diagnostics = DiagnosticConverter.Convert("file:///d.md", source, new Core.LintEngine().Lint(text, "d.md"), null);
        diagnostics.Should().Contain(d => d.RelatedInformation != null);
        // And the fields the seed draft's findings leave out: tags, no severity, no data, characters JSON escapes.
        diagnostics.Add(new Lsp.Diagnostic(new Lsp.Range(new Lsp.Position(0, 0), new Lsp.Position(0, 1)), "“Quoted” <b> & \"escaped\" \u2028 😀")
        {
            Code = "SL203",
            Source = DiagnosticConverter.Source,
            Tags = [Lsp.DiagnosticTag.Unnecessary],
        });
        var message = new Lsp.PublishDiagnosticsParams("file:///d.md", diagnostics) { Version = 7 };

        var (args, types) = OutgoingParams.Of(message, Lsp.LspJsonContext.Default.PublishDiagnosticsParams);

        types["diagnostics"].Should().Be(typeof(PreSerializedJson));
        Written(args["diagnostics"], types["diagnostics"], options).Should().Equal(Written(diagnostics, typeof(IReadOnlyList<Lsp.Diagnostic>), options));
        Written(args["uri"], types["uri"], options).Should().Equal(Written("file:///d.md", typeof(string), options));
        Written(args["version"], types["version"], options).Should().Equal(Written(7, typeof(int?), options));

        // Once the message is written the pooled buffer goes back, once; nothing can read it after that.
        OutgoingParams.Release(args);
        OutgoingParams.Release(args);
        var released = (PreSerializedJson)args["diagnostics"]!;
        FluentActions.Invoking(() => released.Utf8.Length).Should().Throw<ObjectDisposedException>();
    }
}
