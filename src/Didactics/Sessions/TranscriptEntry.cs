namespace Didactics;

/// <summary>One line of a session transcript.</summary>
/// <param name="Speaker">Who said it.</param>
/// <param name="Text">What was said (learner text after redaction).</param>
/// <param name="Phase">The phase the session was in after the turn.</param>
/// <param name="Signal">For learner entries, the classified signal.</param>
/// <param name="At">When it was said.</param>
/// <param name="Mode">For learner entries, the turn's collaboration mode.</param>
public sealed record TranscriptEntry(Speaker Speaker, string Text, string Phase, LearnerSignal Signal, DateTimeOffset At, CollaborationMode Mode = CollaborationMode.None);
