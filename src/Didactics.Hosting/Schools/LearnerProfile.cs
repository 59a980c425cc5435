using System.Text.Json.Serialization;

namespace Didactics.Hosting;

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
