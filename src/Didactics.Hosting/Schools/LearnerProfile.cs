using System.Text.Json.Serialization;

namespace Didactics.Hosting;

/// <summary>A learner's age band, as the school knows it (never a birth date).</summary>
public enum AgeBand
{
    /// <summary>Not stated (only accepted for tenants without an age policy).</summary>
    Unknown = 0,

    /// <summary>Under 13: never a generative model.</summary>
    Under13 = 1,

    /// <summary>13 to 15: a model only with recorded parental consent.</summary>
    From13To15 = 2,

    /// <summary>16 and over (the Dutch age of digital consent): per the school's choice.</summary>
    From16 = 3,
}

/// <summary>Parses the age band a request or a token carries.</summary>
public static class AgeBands
{
    /// <summary>
    /// Parses <c>under13</c>/<c>&lt;13</c>/<c>0-12</c>, <c>13-15</c>, <c>16+</c>/<c>16-18</c> or the enum names (any case);
    /// also a plain age in years (e.g. <c>14</c>). Returns false for anything else.
    /// </summary>
    public static bool TryParse(string? text, out AgeBand band)
    {
        band = AgeBand.Unknown;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        band = t switch
        {
            "under13" or "<13" or "0-12" or "u13" => AgeBand.Under13,
            "13-15" or "from13to15" or "13to15" => AgeBand.From13To15,
            "16+" or "from16" or "16plus" or "16-18" or "16andover" => AgeBand.From16,
            _ => AgeBand.Unknown,
        };
        if (band != AgeBand.Unknown)
        {
            return true;
        }

        if (int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) && age is >= 4 and <= 120)
        {
            band = age < 13 ? AgeBand.Under13 : age < 16 ? AgeBand.From13To15 : AgeBand.From16;
            return true;
        }

        return false;
    }

    /// <summary>The band's wire name: <c>under13</c>, <c>13-15</c> or <c>16+</c> (<c>unknown</c>).</summary>
    public static string Name(this AgeBand band) => band switch
    {
        AgeBand.Under13 => "under13",
        AgeBand.From13To15 => "13-15",
        AgeBand.From16 => "16+",
        _ => "unknown",
    };
}

/// <summary>What the host keeps about a session's learner besides the session state: class, age band, consent.</summary>
/// <param name="Learner">The learner pseudonym.</param>
/// <param name="Class">The learner's class (for teachers), or null.</param>
/// <param name="AgeBand">The validated age band.</param>
/// <param name="ParentalConsent">Whether parental consent for a generative model is recorded (relevant for 13–15).</param>
/// <param name="ConsentChangedAt">When consent was last recorded or withdrawn.</param>
/// <param name="Strategy">The strategy the session started with (teachers may switch it).</param>
public sealed record LearnerProfile(
    string Learner,
    string? Class,
    AgeBand AgeBand,
    bool ParentalConsent,
    DateTimeOffset? ConsentChangedAt,
    string Strategy)
{
    /// <summary>Whether a safeguarding rule fired in this session.</summary>
    public bool Safeguarding { get; init; }

    /// <summary>Whether a teacher ended the session (later turns get a fixed reply and reach no model).</summary>
    public bool EndedByTeacher { get; init; }

    /// <summary>The alert kinds already raised for the session (stuck and answer-seeking alert once per session).</summary>
    public IReadOnlyList<AlertKind> Raised { get; init; } = [];

    /// <summary>The wire name of <see cref="AgeBand"/>.</summary>
    [JsonIgnore]
    public string AgeBandName => AgeBand.Name();
}

/// <summary>Which model (or authored content) produced a tutor turn, and why.</summary>
/// <param name="Turn">The learner turn number (0: the opening turn).</param>
/// <param name="Provider">The provider (<c>None</c> for authored content).</param>
/// <param name="Model">The model name, or <c>authored-content</c>.</param>
/// <param name="Reason">Why this model: <c>school-model</c>, <c>under-13</c>, <c>no-parental-consent</c>, <c>safeguarding</c>, ….</param>
/// <param name="At">When the turn was produced.</param>
public sealed record TurnModelRecord(int Turn, ModelProvider Provider, string Model, string Reason, DateTimeOffset At);
