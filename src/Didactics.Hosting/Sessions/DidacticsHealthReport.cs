namespace Didactics.Hosting;

/// <summary>The host's health: every backing service that reports it (<c>GET /didactics/health</c>).</summary>
/// <param name="Status"><c>healthy</c> or <c>unhealthy</c>.</param>
/// <param name="Components">Each backing service.</param>
public sealed record DidacticsHealthReport(string Status, IReadOnlyList<ComponentHealth> Components);
