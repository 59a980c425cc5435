namespace Didactics;

/// <summary>One event of a turn.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Detail">A human-readable detail (never the learner's raw text).</param>
public sealed record TurnEvent(TurnEventKind Kind, string Detail);
