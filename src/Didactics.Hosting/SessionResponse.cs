namespace Didactics.Hosting;

/// <summary>A session summary (<c>GET /sessions/{id}</c>), also what a teacher view shows.</summary>
/// <param name="SessionId">The session id.</param>
/// <param name="Tenant">The tenant (school).</param>
/// <param name="Learner">The learner's pseudonym.</param>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="ProblemId">The problem's id.</param>
/// <param name="Statement">The problem statement.</param>
/// <param name="Phase">The current phase.</param>
/// <param name="Language">The session language.</param>
/// <param name="Turns">Learner turns so far.</param>
/// <param name="Attempts">Genuine attempts so far.</param>
/// <param name="HintLevel">The current rung of the hint ladder.</param>
/// <param name="Solved">True once the learner answered correctly.</param>
/// <param name="Ended">True once the session reached a terminal phase.</param>
/// <param name="Version">The session version (also the <c>ETag</c>).</param>
/// <param name="CreatedAt">When the session was created.</param>
/// <param name="UpdatedAt">When the session was last changed.</param>
/// <param name="DelegationShare">The share of the learner's turns that delegated the work ("just tell me", injections, pressure), 0 to 1.</param>
/// <param name="HelpWithoutEffort">Help-seeking turns ("I don't know", answer requests, injections, pressure) made with no attempt or substantive reply since the last help.</param>
public sealed record SessionResponse(
    string SessionId, string Tenant, string Learner, string Strategy, string ProblemId, string Statement, string Phase,
    string Language, int Turns, int Attempts, int HintLevel, bool Solved, bool Ended, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    double DelegationShare = 0, int HelpWithoutEffort = 0);
