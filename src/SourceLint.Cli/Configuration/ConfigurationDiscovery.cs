using SourceLint.Core.Configuration;

namespace SourceLint.Cli.Configuration;

/// <summary>
/// Each draft's <c>.sourcelint.yml</c> (the nearest one in its folder or above) for one run: every folder is
/// looked at once and every configuration file read once, however many drafts share them. A run over an archive
/// otherwise spent a tenth of its time asking the file system the same questions per draft. Safe to share across
/// the threads that check drafts in parallel.
/// </summary>
public sealed class ConfigurationDiscovery
{
    private readonly Dictionary<string, string?> _nearestByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LintConfiguration> _loaded = new(StringComparer.Ordinal);

    /// <summary>The configuration file that applies to a draft, or null when no folder above it has one.</summary>
    public string? FindFor(string draftPath)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(draftPath));
        lock (_nearestByFolder) return NearestIn(folder);
    }

    /// <summary>
    /// A configuration file, parsed once. A file that cannot be read or parsed throws every time it is asked for,
    /// so that each draft under it reports the error.
    /// </summary>
    /// <exception cref="ConfigurationException">the file is not a valid configuration</exception>
    /// <exception cref="IOException">the file cannot be read</exception>
    public LintConfiguration Load(string configPath)
    {
        lock (_loaded)
        {
            if (!_loaded.TryGetValue(configPath, out var config))
                _loaded[configPath] = config = ConfigurationLoader.LoadFile(configPath);
            return config;
        }
    }

    private string? NearestIn(string? folder)
    {
        if (folder is null) return null;
        if (_nearestByFolder.TryGetValue(folder, out string? known)) return known;
        string candidate = Path.Combine(folder, ConfigurationLoader.FileName);
        string? nearest = File.Exists(candidate) ? candidate : NearestIn(Path.GetDirectoryName(folder));
        _nearestByFolder[folder] = nearest;
        return nearest;
    }
}
