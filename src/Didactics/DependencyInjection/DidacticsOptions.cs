using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Didactics;

/// <summary>
/// Application-wide Didactics settings for dependency injection, usually bound from the <c>Didactics</c> configuration
/// section (<c>services.AddDidactics(configuration.GetSection("Didactics"))</c>):
/// <code>
/// "Didactics": { "DefaultStrategy": "socratic", "MaxRegenerations": 2 }
/// </code>
/// </summary>
public sealed class DidacticsOptions
{
    /// <summary>The conventional configuration section name, <c>Didactics</c>.</summary>
    public const string SectionName = "Didactics";

    /// <summary>
    /// The strategy name the unkeyed <see cref="Tutor"/> runs (<c>services.AddDidacticsTutor()</c> without a name), or null
    /// when every tutor is registered by name.
    /// </summary>
    public string? DefaultStrategy { get; set; }

    /// <summary>
    /// How many times a reply that leaks the answer is regenerated before the authored content is used instead
    /// (<see cref="DidacticsChatClient.MaxRegenerations"/>); 0 to 10, default 2.
    /// </summary>
    public int MaxRegenerations { get; set; } = 2;

    /// <summary>
    /// Reads the options from a configuration section (keys <c>DefaultStrategy</c> and <c>MaxRegenerations</c>, case
    /// insensitive). Without reflection, so it is trimming- and AOT-safe.
    /// </summary>
    /// <param name="section">The section, e.g. <c>configuration.GetSection("Didactics")</c>.</param>
    /// <exception cref="FormatException">A value is malformed or out of range; the message names the key and the value.</exception>
    public static DidacticsOptions FromConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var options = new DidacticsOptions();
        options.Apply(section);
        return options;
    }

    /// <summary>Overwrites the settings present in <paramref name="section"/>.</summary>
    internal void Apply(IConfiguration section)
    {
        var path = section is IConfigurationSection s ? s.Path + ":" : string.Empty;
        var strategy = section[nameof(DefaultStrategy)];
        if (strategy is not null)
        {
            DefaultStrategy = string.IsNullOrWhiteSpace(strategy) ? null : strategy.Trim();
        }

        var regenerations = section[nameof(MaxRegenerations)];
        if (regenerations is not null)
        {
            if (!int.TryParse(regenerations, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 10)
            {
                throw new FormatException($"Configuration value '{path}{nameof(MaxRegenerations)}' must be a whole number from 0 to 10, but it is '{regenerations}'.");
            }

            MaxRegenerations = value;
        }
    }
}
