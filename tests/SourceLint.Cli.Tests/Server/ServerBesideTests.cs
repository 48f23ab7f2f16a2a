using FluentAssertions;
using SourceLint.Cli.Commands;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Server;

/// <summary>
/// The Native AOT 'sourcelint server' hands over to 'sourcelint-server' beside it (the exec itself is exercised on the
/// published binaries by scripts/test.d/cli-aot.sh). Here: what a user sees when only 'sourcelint' was copied.
/// </summary>
public sealed class ServerBesideTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Without_the_server_binary_beside_it_the_command_explains_and_exits_2()
    {
        var stderr = new StringWriter();

        int code = ServerBeside.Exec(_dir.Path, ["--stdio"], stderr);

        code.Should().Be(2);
        stderr.ToString().Should().Contain("sourcelint-server")
            .And.Contain(Path.Combine(_dir.Path, ServerBeside.BinaryName))
            .And.Contain("-p:PublishAot=true");
    }
}
