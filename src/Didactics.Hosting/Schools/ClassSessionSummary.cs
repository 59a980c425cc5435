namespace Didactics.Hosting;

/// <summary>One session in the teacher view.</summary>
public sealed record ClassSessionSummary(
    string SessionId, string Learner, string? Class, string Strategy, string Phase, int Turns, int Attempts, int HintLevel,
    IReadOnlyDictionary<string, double> Mastery, DelegationSummary Delegation, double TimeOnTaskSeconds, bool Solved, bool Ended,
    string AgeBand, bool ParentalConsent, string? LastModel, bool Safeguarding, IReadOnlyList<AlertKind> Alerts, DateTimeOffset UpdatedAt);
