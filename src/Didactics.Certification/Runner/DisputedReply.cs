namespace Didactics.Certification;

/// <summary>A reply the detectors disagree on, for human review.</summary>
/// <param name="Suite">The suite id.</param>
/// <param name="Scenario">The scenario id.</param>
/// <param name="Turn">The learner turn the reply answers (0-based).</param>
/// <param name="Learner">The learner's message.</param>
/// <param name="Reply">The reply text.</param>
/// <param name="Assessment">Each detector's verdict and form.</param>
public sealed record DisputedReply(string Suite, string Scenario, int Turn, string? Learner, string Reply, RevealAssessment Assessment);
