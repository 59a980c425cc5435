namespace Didactics.Hosting;

/// <summary>The delegation meter as the teacher view shows it.</summary>
/// <param name="Share">The share of directive-delegation turns (0–1).</param>
/// <param name="Delegating">Whether the share crossed the threshold.</param>
/// <param name="Directive">Directive-delegation turns.</param>
/// <param name="Total">Counted learner turns.</param>
public sealed record DelegationSummary(double Share, bool Delegating, int Directive, int Total);
