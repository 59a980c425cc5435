using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Didactics.Hosting;

/// <summary>The state of one backing service of the host (session store, audit log), as the health endpoint reports it.</summary>
/// <param name="Component">What it is for: <c>sessions</c> or <c>audit</c>.</param>
/// <param name="Kind">The implementation, e.g. <c>redis</c>, <c>in-memory</c>, <c>sqlite</c>, <c>postgresql</c>.</param>
/// <param name="Healthy">True when it answers.</param>
/// <param name="Status">A short state word: <c>up</c>, <c>down</c>, <c>connecting</c>.</param>
/// <param name="Detail">What is wrong, or where it is (never a password).</param>
/// <param name="LatencyMs">How long the check took, in milliseconds.</param>
public sealed record ComponentHealth(string Component, string Kind, bool Healthy, string Status, string? Detail, double LatencyMs);

/// <summary>Implemented by a session store or audit log that can tell whether its backing service answers.</summary>
public interface IReportsHealth
{
    /// <summary>Checks the backing service quickly (a ping with a short timeout); never throws for an outage.</summary>
    ValueTask<ComponentHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}

/// <summary>The host's health: every backing service that reports it (<c>GET /didactics/health</c>).</summary>
/// <param name="Status"><c>healthy</c> or <c>unhealthy</c>.</param>
/// <param name="Components">Each backing service.</param>
public sealed record DidacticsHealthReport(string Status, IReadOnlyList<ComponentHealth> Components);

/// <summary>Collects the health of the session store and the audit log.</summary>
public sealed class DidacticsHealth(IServiceProvider services)
{
    /// <summary>Checks every backing service that reports its health, each bounded by <paramref name="timeout"/>.</summary>
    public async Task<DidacticsHealthReport> CheckAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var checks = new List<Task<ComponentHealth>>();
        if (services.GetService<IHostedSessionStore>() is IReportsHealth store)
        {
            checks.Add(Bounded(store, "sessions", timeout, cancellationToken));
        }

        if (services.GetService<IAuditLog>() is IReportsHealth audit)
        {
            checks.Add(Bounded(audit, "audit", timeout, cancellationToken));
        }

        var components = await Task.WhenAll(checks).ConfigureAwait(false);
        return new DidacticsHealthReport(components.All(c => c.Healthy) ? "healthy" : "unhealthy", components);
    }

    private static async Task<ComponentHealth> Bounded(IReportsHealth target, string component, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            return await target.CheckHealthAsync(cancellationToken).AsTask().WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return new ComponentHealth(component, target.GetType().Name, false, "down", $"no answer within {timeout.TotalMilliseconds:0} ms",
                TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}

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

/// <summary>
/// Connects the backing services while the host starts, before it takes requests: the session store (a Redis
/// connection is opened here, not by the first request of a burst), the audit log's schema, and the session service.
/// A store that is down does not stop the host; it keeps reconnecting in the background and the health endpoint says so.
/// </summary>
internal sealed class DidacticsWarmupService(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var logger = services.GetService<ILogger<DidacticsWarmupService>>() ?? (ILogger)NullLogger.Instance;
        var service = services.GetRequiredService<DidacticsSessionService>();
        var health = services.GetRequiredService<DidacticsHealth>().CheckAsync(TimeSpan.FromSeconds(5), cancellationToken);
        try
        {
            await DidacticsSessionWarmUp.RunAsync(service, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Warming up is an optimisation; a strategy that cannot run on the sample problem must not stop the host.
            logger.LogDebug(ex, "Didactics warm-up turn failed; the first request will be slower.");
        }

        // Build the endpoints' request delegates now (minimal APIs compile them when first asked for), not inside the first burst.
        _ = services.GetService<Microsoft.AspNetCore.Routing.EndpointDataSource>()?.Endpoints;
        var report = await health.ConfigureAwait(false);
        foreach (var component in report.Components.Where(c => !c.Healthy))
        {
            logger.LogWarning("Didactics {Component} store ({Kind}) is {Status} at startup: {Detail}. Requests get 503 until it answers.",
                component.Component, component.Kind, component.Status, component.Detail);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
