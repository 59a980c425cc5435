namespace Didactics.Hosting;

/// <summary>Which model (or authored content) produced a tutor turn, and why.</summary>
/// <param name="Turn">The learner turn number (0: the opening turn).</param>
/// <param name="Provider">The provider (<c>None</c> for authored content).</param>
/// <param name="Model">The model name, or <c>authored-content</c>.</param>
/// <param name="Reason">Why this model: <c>school-model</c>, <c>under-13</c>, <c>no-parental-consent</c>, <c>safeguarding</c>, ….</param>
/// <param name="At">When the turn was produced.</param>
public sealed record TurnModelRecord(int Turn, ModelProvider Provider, string Model, string Reason, DateTimeOffset At);
