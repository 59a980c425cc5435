namespace Didactics;

/// <summary>One declared transition.</summary>
/// <param name="From">The phase left, or <see cref="TransitionAttribute.AnyPhase"/>.</param>
/// <param name="On">The triggering learner signal.</param>
/// <param name="To">The phase entered.</param>
public sealed record TransitionDescriptor(string From, LearnerSignal On, string To);
