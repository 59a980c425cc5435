namespace Didactics.Certification;

/// <summary>One learner message and what the learner meant by it.</summary>
/// <param name="Text">The message.</param>
/// <param name="Intent">The learner's intent (for simulated learners as played; for scripted and model learners as classified).</param>
public sealed record LearnerTurn(string Text, LearnerSignal Intent);
