using SourceLint.LanguageServer.Features;
using Lsp = SourceLint.LanguageServer.Protocol;

namespace SourceLint.LanguageServer.Tests;

/// <summary>The result id is a hash of the diagnostics' fields: equal lists share it, a change in any field a client sees changes it.</summary>
public sealed class ResultIdTests
{
    private static Lsp.Diagnostic Sample() => new(new Lsp.Range(new Lsp.Position(3, 4), new Lsp.Position(3, 9)), "An unattributed figure.")
    {
        Severity = Lsp.DiagnosticSeverity.Warning,
        Code = "SL101",
        CodeDescription = new Lsp.CodeDescription("https://example.org/SL101"),
        Source = DiagnosticConverter.Source,
        Tags = [Lsp.DiagnosticTag.Unnecessary],
        RelatedInformation = [new Lsp.DiagnosticRelatedInformation(new Lsp.Location("file:///a.md", new Lsp.Range(new Lsp.Position(1, 0), new Lsp.Position(1, 2))), "here")],
        Data = new Lsp.DiagnosticData("SL101", 40, 45),
    };

    [Fact]
    public void Equal_lists_built_separately_have_equal_ids()
    {
        DiagnosticConverter.ResultIdOf([Sample(), Sample()]).Should().Be(DiagnosticConverter.ResultIdOf([Sample(), Sample()]));
        DiagnosticConverter.ResultIdOf([]).Should().Be(DiagnosticConverter.ResultIdOf([]));
    }

    public static TheoryData<string> Changes() => new(Variants.Keys);

    private static readonly Dictionary<string, Func<Lsp.Diagnostic, Lsp.Diagnostic>> Variants = new()
    {
        ["range"] = d => d with { Range = new Lsp.Range(new Lsp.Position(3, 4), new Lsp.Position(3, 10)) },
        ["message"] = d => d with { Message = "An unattributed figure!" },
        ["severity"] = d => d with { Severity = Lsp.DiagnosticSeverity.Error },
        ["no severity"] = d => d with { Severity = null },
        ["code"] = d => d with { Code = "SL102" },
        ["href"] = d => d with { CodeDescription = new Lsp.CodeDescription("https://example.org/SL102") },
        ["source"] = d => d with { Source = "other" },
        ["tags"] = d => d with { Tags = null },
        ["related message"] = d => d with { RelatedInformation = [new Lsp.DiagnosticRelatedInformation(d.RelatedInformation![0].Location, "there")] },
        ["related uri"] = d => d with { RelatedInformation = [d.RelatedInformation![0] with { Location = d.RelatedInformation[0].Location with { Uri = "file:///b.md" } }] },
        ["no related"] = d => d with { RelatedInformation = null },
        ["data"] = d => d with { Data = new Lsp.DiagnosticData("SL101", 40, 46) },
        // Two fields whose texts, run together, read the same: the length prefix keeps them apart.
        ["code and source shifted"] = d => d with { Code = "SL101s", Source = DiagnosticConverter.Source[1..] },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_changed_field_changes_the_id(string change)
    {
        var changed = Variants[change](Sample());
        DiagnosticConverter.ResultIdOf([Sample(), changed]).Should().NotBe(DiagnosticConverter.ResultIdOf([Sample(), Sample()]));
    }

    [Fact]
    public void Order_matters()
    {
        var other = Sample() with { Message = "Another." };
        DiagnosticConverter.ResultIdOf([Sample(), other]).Should().NotBe(DiagnosticConverter.ResultIdOf([other, Sample()]));
    }
}
