namespace Didactics.Hosting;

/// <summary>One phase of a strategy.</summary>
/// <param name="Name">The phase name.</param>
/// <param name="Move">What the phase does.</param>
/// <param name="IsStart">True for the start phase.</param>
/// <param name="IsTerminal">True for a terminal phase.</param>
public sealed record PhaseResponse(string Name, PhaseMove Move, bool IsStart, bool IsTerminal);
