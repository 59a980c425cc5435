using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Didactics.Hosting;

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
