namespace Didactics.Hosting;

/// <summary>Implemented by a session store or audit log that can tell whether its backing service answers.</summary>
public interface IReportsHealth
{
    /// <summary>Checks the backing service quickly (a ping with a short timeout); never throws for an outage.</summary>
    ValueTask<ComponentHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
