using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SourceLint.Core.Configuration;

/// <summary>
/// Loads YAML written by a user (a <c>.sourcelint.yml</c>, a draft's front matter) and turns every way YamlDotNet
/// rejects it into a <see cref="ConfigurationException"/> at its line: malformed input is the user's problem to fix,
/// never an engine exception.
/// </summary>
public static class YamlText
{
    /// <param name="yaml">the text</param>
    /// <param name="file">the file it came from, for the message</param>
    /// <param name="firstLine">the file's line before the text's first line (0 for a whole file; the front matter's opening line)</param>
    /// <param name="what">what the text is, for the message: "not valid YAML" follows it</param>
    public static YamlStream Load(string yaml, string file, int firstLine, string what)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ConfigurationException(file, firstLine + (int)e.Start.Line, (int)e.Start.Column, "", what + "not valid YAML: " + e.Message);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet rejects some input with these, not YamlException: its representation model a mapping as a
            // key ("sourcelint:\n : claims:", ArgumentException), its scanner a flow sequence opened inside a block
            // one ("     [source: …", InvalidOperationException). They carry no position.
            throw new ConfigurationException(file, Math.Max(firstLine, 1), 1, "", what + "not valid YAML: " + e.Message);
        }
        return stream;
    }
}
