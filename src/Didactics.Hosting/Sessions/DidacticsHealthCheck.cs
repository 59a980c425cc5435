using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Didactics.Hosting;

/// <summary>The Didactics backing services as an ASP.NET Core health check (<c>services.AddHealthChecks()</c> gets it from <c>AddDidacticsHosting</c>).</summary>
public sealed class DidacticsHealthCheck(DidacticsHealth health) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = await health.CheckAsync(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
        var data = report.Components.ToDictionary(c => c.Component, c => (object)$"{c.Kind} {c.Status}");
        var down = report.Components.Where(c => !c.Healthy).Select(c => $"{c.Component} ({c.Kind}): {c.Detail}").ToArray();
        return down.Length == 0 ? HealthCheckResult.Healthy(data: data) : HealthCheckResult.Unhealthy(string.Join("; ", down), data: data);
    }
}
