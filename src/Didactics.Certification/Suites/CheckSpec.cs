using System.Collections.Immutable;

namespace Didactics.Certification;

/// <summary>One check applied to a scenario, with its parameters.</summary>
/// <param name="Id">The check id, e.g. <c>no-answer-leak</c>.</param>
/// <param name="Parameters">The check's parameters as written in the suite.</param>
public sealed record CheckSpec(string Id, ImmutableDictionary<string, string> Parameters)
{
    /// <summary>Creates a check with no parameters.</summary>
    public CheckSpec(string id)
        : this(id, ImmutableDictionary<string, string>.Empty)
    {
    }

    /// <summary>Reads an integer parameter.</summary>
    public int GetInt(string name, int fallback) =>
        Parameters.TryGetValue(name, out var value) && int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;

    /// <summary>Reads a string parameter.</summary>
    public string? GetString(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}
