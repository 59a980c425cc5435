using Didactics.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Didactics session API.</summary>
public static class DidacticsHostingServiceCollectionExtensions
{
    /// <summary>
    /// The service key of an <see cref="Microsoft.Extensions.AI.IChatClient"/> used as the model for hosted sessions;
    /// when none is registered under it, the unkeyed <c>IChatClient</c> is used, and when there is none, authored-content mode.
    /// </summary>
    public const string ModelServiceKey = "didactics.model";

    /// <summary>
    /// Registers the session API's services: problem details, the Didactics defaults, an in-memory
    /// <see cref="IHostedSessionStore"/> (unless another is registered) and <see cref="DidacticsSessionService"/>.
    /// Map the endpoints with <c>app.MapDidactics()</c>.
    /// </summary>
    public static IServiceCollection AddDidacticsHosting(this IServiceCollection services, Action<DidacticsHostingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails();
        services.AddDidactics();
        var options = services.AddOptions<DidacticsHostingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostedSessionStore, InMemoryHostedSessionStore>();
        services.AddOptions<AuditOptions>();
        services.TryAddSingleton<IAuditLog>(sp => new SqliteAuditLog(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuditOptions>>().Value.SqlitePath
            ?? Path.Combine(AppContext.BaseDirectory, "didactics-audit.db")));
        services.TryAddSingleton<DidacticsDataRights>();
        services.TryAddSingleton<AuditRetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditRetentionService>());
        services.TryAddSingleton<DidacticsSessionService>();
        if (!services.Any(d => d.ServiceType == typeof(DidacticsHealth)))
        {
            // Once, even when AddDidacticsHosting is called twice: a health check name may be registered only once.
            services.AddSingleton<DidacticsHealth>();
            services.AddHealthChecks().AddCheck<DidacticsHealthCheck>("didactics");
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DidacticsWarmupService>());
        return services;
    }

    /// <summary>
    /// Configures the audit log's retention and the default SQLite file (the log itself is an <see cref="IAuditLog"/>:
    /// SQLite unless another is registered, see <c>AddDidacticsPostgresAudit</c>).
    /// </summary>
    public static IServiceCollection AddDidacticsAudit(this IServiceCollection services, Action<AuditOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Configure(configure);
        return services;
    }

    /// <summary>
    /// Keeps hosted sessions in Redis (<see cref="RedisSessionStore"/>), shared by every host of the deployment. It also
    /// becomes the runtime's <see cref="Didactics.ISessionStore"/> (in <see cref="RedisSessionStoreOptions.DefaultTenant"/>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>.</param>
    /// <param name="configure">Configures key prefix, time to live and database.</param>
    public static IServiceCollection AddDidacticsRedisSessionStore(this IServiceCollection services, string configuration, Action<RedisSessionStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(configuration);
        var storeOptions = new RedisSessionStoreOptions();
        configure?.Invoke(storeOptions);
        services.TryAddSingleton<IConnectionMultiplexer>(_ =>
        {
            // A host should start (and keep reconnecting) while Redis is briefly unreachable, unless told otherwise.
            var options = ConfigurationOptions.Parse(configuration);
            if (!configuration.Contains("abortConnect", StringComparison.OrdinalIgnoreCase))
            {
                options.AbortOnConnectFail = false;
            }

            return ConnectionMultiplexer.Connect(options);
        });
        services.RemoveAll<IHostedSessionStore>();
        services.RemoveAll<RedisSessionStore>();
        services.AddSingleton(sp => new RedisSessionStore(sp.GetRequiredService<IConnectionMultiplexer>(), storeOptions));
        services.AddSingleton<IHostedSessionStore>(sp => sp.GetRequiredService<RedisSessionStore>());

        // Tutors registered with AddDidacticsTutor (outside the session API) keep their sessions in Redis too, in the default tenant.
        services.RemoveAll<Didactics.ISessionStore>();
        services.AddSingleton<Didactics.ISessionStore>(sp => sp.GetRequiredService<RedisSessionStore>());
        return services;
    }
}
