using SourceLint.Core;
using SourceLint.Core.Configuration;

namespace SourceLint.LanguageServer.Configuration;

/// <summary>What the engine should use for one draft, and what went wrong finding it.</summary>
public sealed record EffectiveConfiguration(LintEngine Engine, ClientSettings Settings, string? ConfigPath, ConfigurationException? Error);

/// <summary>
/// Layers the client's settings under the nearest <c>.sourcelint.yml</c> (the file wins where both
/// set a value) and keeps one engine per combination. File lookups and parses are cached until a
/// watched-file event or a settings change says otherwise.
/// </summary>
public sealed class ConfigurationService
{
    private readonly object _gate = new();
    private ClientSettings _settings = ClientSettings.Default;
    private int _generation;
    private readonly Dictionary<string, string?> _configPathByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (LintConfiguration? Config, ConfigurationException? Error)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, string), LintEngine> _engines = new();

    public ClientSettings Settings { get { lock (_gate) return _settings; } }

    /// <summary>Bumped on every change; analyses remember it to know when they are out of date.</summary>
    public int Generation { get { lock (_gate) return _generation; } }

    public void UpdateSettings(ClientSettings settings)
    {
        lock (_gate)
        {
            _settings = settings;
            _generation++;
            _engines.Clear();
        }
    }

    /// <summary>A configuration file was created, changed or deleted: forget every lookup and parse.</summary>
    public void InvalidateFiles()
    {
        lock (_gate)
        {
            _configPathByFolder.Clear();
            _files.Clear();
            _engines.Clear();
            _generation++;
        }
    }

    public EffectiveConfiguration For(string lintPath)
    {
        string? folder = SafeFolder(lintPath);
        lock (_gate)
        {
            string? configPath = null;
            if (folder is not null && !_configPathByFolder.TryGetValue(folder, out configPath))
            {
                configPath = SafeFind(lintPath);
                _configPathByFolder[folder] = configPath;
            }
            LintConfiguration? fileConfig = null;
            ConfigurationException? error = null;
            if (configPath is not null)
            {
                if (!_files.TryGetValue(configPath, out var parsed))
                {
                    parsed = Load(configPath);
                    _files[configPath] = parsed;
                }
                (fileConfig, error) = parsed;
            }
            string key = fileConfig is null ? "" : configPath!;
            if (!_engines.TryGetValue((_generation, key), out var engine))
            {
                var merged = fileConfig is null ? _settings.Lint : _settings.Lint.Merge(fileConfig);
                engine = new LintEngine(merged);
                _engines[(_generation, key)] = engine;
            }
            return new EffectiveConfiguration(engine, _settings, configPath, error);
        }
    }

    private static (LintConfiguration?, ConfigurationException?) Load(string path)
    {
        try
        {
            return (ConfigurationLoader.LoadFile(path), null);
        }
        catch (ConfigurationException e)
        {
            return (null, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new ConfigurationException(path, 1, 1, "", "cannot be read: " + e.Message));
        }
    }

    private static string? SafeFolder(string lintPath)
    {
        try { return Path.IsPathRooted(lintPath) ? Path.GetDirectoryName(Path.GetFullPath(lintPath)) : null; }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException) { return null; }
    }

    private static string? SafeFind(string lintPath)
    {
        try { return ConfigurationLoader.FindFor(lintPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { return null; }
    }
}
