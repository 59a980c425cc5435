namespace Didactics.Hosting;

/// <summary>One event of a turn, as the API returns it.</summary>
/// <param name="Kind">The event kind, e.g. <c>LeakBlocked</c>.</param>
/// <param name="Detail">A human-readable detail.</param>
public sealed record TurnEventResponse(string Kind, string Detail);
