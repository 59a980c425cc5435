using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

/// <summary>
/// Purges audit records older than <see cref="AuditOptions.Retention"/> every <see cref="AuditOptions.PurgeInterval"/>.
/// A purge that fails (the audit database is down) is logged and tried again at the next interval; it never stops the host.
/// </summary>
internal sealed class AuditRetentionService(IAuditLog log, IOptions<AuditOptions> options, TimeProvider time, ILogger<AuditRetentionService>? logger = null) : BackgroundService
{
    /// <summary>Runs one purge now; returns how many records were removed.</summary>
    public ValueTask<int> PurgeOnceAsync(CancellationToken cancellationToken = default) =>
        log.PurgeAsync(time.GetUtcNow() - options.Value.Retention, cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        do
        {
            try
            {
                await PurgeOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger?.LogError(ex, "The audit retention purge failed; it runs again in {Interval}.", options.Value.PurgeInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
