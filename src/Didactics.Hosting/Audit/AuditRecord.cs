using System.Collections.Immutable;

namespace Didactics.Hosting;

/// <summary>
/// What the audit log keeps about one turn: metadata only, never the learner's or the tutor's text. The learner is
/// identified by pseudonym; personal data found in the message is recorded only as kinds (e.g. <c>Phone</c>).
/// </summary>
/// <param name="At">When the turn finished.</param>
/// <param name="Tenant">The tenant.</param>
/// <param name="SessionId">The session id.</param>
/// <param name="Learner">The learner pseudonym.</param>
/// <param name="Strategy">The strategy name.</param>
/// <param name="Turn">The learner turn number (0 for the opening).</param>
/// <param name="Phase">The phase after the turn.</param>
/// <param name="Signal">The classified learner signal.</param>
/// <param name="Verdict">The answer checker's verdict word (<c>correct</c>, <c>incorrect</c>, <c>none</c>).</param>
/// <param name="Events">The kinds of the turn's events (leaks blocked, fallbacks, model failures…).</param>
/// <param name="Redactions">The kinds of personal data removed from the learner message.</param>
/// <param name="ModelId">The model the host calls (or <c>authored-content</c>).</param>
/// <param name="Duration">How long the turn took.</param>
/// <param name="Outcome">The outcome: <c>applied</c>, <c>safeguarding</c> for an applied turn whose message was a safeguarding disclosure (answered with a fixed reply, sent to no model), or <c>conflict</c> for a turn that lost a race and was not applied.</param>
public sealed record AuditRecord(
    DateTimeOffset At,
    string Tenant,
    string SessionId,
    string Learner,
    string Strategy,
    int Turn,
    string Phase,
    LearnerSignal Signal,
    string Verdict,
    ImmutableArray<TurnEventKind> Events,
    ImmutableArray<PersonalDataKind> Redactions,
    string ModelId,
    TimeSpan Duration,
    string Outcome);
