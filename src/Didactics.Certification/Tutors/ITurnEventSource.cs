namespace Didactics.Certification;

/// <summary>
/// A tutor conversation that reports what happened besides the reply (the <see cref="TurnEvent"/>s of a Didactics
/// turn: leaks blocked, regenerations, authored fallbacks). The runner writes them into the report as guard events.
/// </summary>
public interface ITurnEventSource
{
    /// <summary>The events of the last reply (or of the opening, before the first reply); null when unknown.</summary>
    IReadOnlyList<TurnEvent>? LastTurnEvents { get; }
}
