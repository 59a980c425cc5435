namespace Didactics.Hosting;

/// <summary>Options of <see cref="RedisSessionStore"/>.</summary>
public sealed class RedisSessionStoreOptions
{
    /// <summary>The prefix of every key the store writes (default <c>didactics</c>); keep it distinct from keys of other applications.</summary>
    public string KeyPrefix { get; set; } = "didactics";

    /// <summary>How long an untouched session (and its idempotency records) is kept; every update renews it. Default 30 days.</summary>
    public TimeSpan SessionTimeToLive { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The tenant used when the store is used as a plain <see cref="ISessionStore"/> (default <c>default</c>).</summary>
    public string DefaultTenant { get; set; } = "default";

    /// <summary>The Redis database number (default -1: the connection's default database).</summary>
    public int Database { get; set; } = -1;
}
