using Microsoft.Extensions.DependencyInjection;

namespace Didactics.Hosting;

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
