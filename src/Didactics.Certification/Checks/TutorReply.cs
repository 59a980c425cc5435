namespace Didactics.Certification;

/// <summary>One earlier tutor reply.</summary>
/// <param name="Text">The reply.</param>
/// <param name="AnsweredIntent">The learner intent it answered, or null for the opening.</param>
public sealed record TutorReply(string Text, LearnerSignal? AnsweredIntent);
