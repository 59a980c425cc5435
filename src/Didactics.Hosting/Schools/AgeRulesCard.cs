namespace Didactics.Hosting;

/// <summary>The age and consent rules of a school, in words.</summary>
/// <param name="Under13">What learners under 13 get.</param>
/// <param name="From13To15">What learners of 13–15 get.</param>
/// <param name="From16">What learners of 16 and over get.</param>
/// <param name="AgeBandRequired">Whether a session must state the age band.</param>
public sealed record AgeRulesCard(string Under13, string From13To15, string From16, bool AgeBandRequired);
