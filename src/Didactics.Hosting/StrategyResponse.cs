namespace Didactics.Hosting;

/// <summary>A registered strategy (<c>GET /strategies</c>).</summary>
/// <param name="Name">The strategy name.</param>
/// <param name="Description">Its description.</param>
/// <param name="Phases">Its phases.</param>
/// <param name="Transitions">Its transitions.</param>
public sealed record StrategyResponse(string Name, string? Description, IReadOnlyList<PhaseResponse> Phases, IReadOnlyList<TransitionDescriptor> Transitions);
