namespace Didactics.Hosting;

/// <summary>The school part of a session's transparency card and export.</summary>
/// <param name="School">The school's card.</param>
/// <param name="AgeBand">The learner's age band.</param>
/// <param name="ParentalConsent">Whether parental consent is recorded.</param>
/// <param name="ConsentChangedAt">When consent was last recorded or withdrawn.</param>
/// <param name="Class">The learner's class.</param>
/// <param name="NextTurnModel">The model the next turn would use (<c>provider:model</c> or <c>authored-content</c>).</param>
/// <param name="NextTurnReason">Why.</param>
/// <param name="Turns">Which model produced every turn so far.</param>
/// <param name="Safeguarding">Whether a safeguarding rule fired in the session.</param>
public sealed record SchoolSessionCard(
    SchoolCard School, string AgeBand, bool ParentalConsent, DateTimeOffset? ConsentChangedAt, string? Class,
    string NextTurnModel, string NextTurnReason, IReadOnlyList<TurnModelRecord> Turns, bool Safeguarding);
