using Microsoft.Extensions.AI;

namespace Didactics.Certification;

/// <summary>What a learner sees before writing its next message.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="TurnIndex">The 0-based index of the learner turn about to be written.</param>
/// <param name="Transcript">The conversation so far (user = learner, assistant = tutor), without the system message.</param>
public sealed record LearnerContext(Scenario Scenario, int TurnIndex, IReadOnlyList<ChatMessage> Transcript);
