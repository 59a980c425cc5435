using Didactics.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the school capabilities of the session API.</summary>
public static class DidacticsSchoolServiceCollectionExtensions
{
    /// <summary>
    /// Runs the session API for schools: tenants and their models from <paramref name="configuration"/> (section
    /// <c>Didactics:Schools</c>, reloaded on change), the age and consent rules, safeguarding before every turn (the
    /// deterministic <see cref="SafeguardingClassifier"/> unless another <see cref="ISafeguardingClassifier"/> is registered),
    /// the model record of every turn and teacher alerts (in Redis when the sessions are). Map the school endpoints with
    /// <c>app.MapDidacticsSchools()</c>. Call after <c>AddDidacticsHosting</c> (and <c>AddDidacticsRedisSessionStore</c>).
    /// </summary>
    public static IServiceCollection AddDidacticsSchools(this IServiceCollection services, IConfiguration configuration, Action<SchoolHostingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Bound at start-up, so a configuration that cannot be bound (an unknown provider, a non-number) fails the start
        // with the key in the message instead of failing turns later.
        services.AddOptions<SchoolsOptions>().Bind(configuration.GetSection(SchoolsOptions.SectionName));
        services.TryAddSingleton(new SchoolsOptionsValidator(configuration));
        services.AddHostedService<SchoolsConfigurationCheck>();
        var options = services.AddOptions<SchoolHostingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISchoolModelFactory, OpenAISchoolModelFactory>();
        services.TryAddSingleton(sp => new SchoolModelResolver(sp.GetRequiredService<IOptionsMonitor<SchoolsOptions>>(), sp.GetRequiredService<ISchoolModelFactory>(), configuration)
        {
            Validator = sp.GetRequiredService<SchoolsOptionsValidator>(),
        });
        TryAddDirectory(services);
        services.TryAddSingleton<ISafeguardingClassifier>(SafeguardingClassifier.Instance);
        services.AddHttpClient();
        services.TryAddSingleton<IDidacticsTurnPolicy, SchoolTurnPolicy>();
        return services;
    }

    /// <summary>
    /// Requires a bearer token (JWT) on every Didactics endpoint, validated per <paramref name="configuration"/> section
    /// <c>Didactics:Auth</c> (<see cref="SchoolAuthOptions"/>), and applies the school roles: the token's <c>tenant</c> is
    /// the request's tenant, learners reach only their own sessions, teachers only their classes (<c>class</c> claims),
    /// school admins their whole school.
    /// </summary>
    public static IServiceCollection AddDidacticsSchoolAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var auth = configuration.GetSection(SchoolAuthOptions.SectionName).Get<SchoolAuthOptions>() ?? new SchoolAuthOptions();
        if (!auth.IsConfigured)
        {
            throw new InvalidOperationException($"Set {SchoolAuthOptions.SectionName}:Authority or {SchoolAuthOptions.SectionName}:SigningKey to authenticate school users.");
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(auth.Apply);
        services.AddAuthorization();
        TryAddDirectory(services);
        services.TryAddSingleton<SchoolAccess>();
        services.PostConfigure<DidacticsHostingOptions>(o => o.TenantResolver = http => SchoolAccess.Tenant(http, o.TenantHeader));
        return services;
    }

    // In Redis when the sessions are, so every host sees the same profiles, model records and alerts.
    private static void TryAddDirectory(IServiceCollection services) =>
        services.TryAddSingleton<ISchoolDirectory>(sp => sp.GetService<RedisSessionStore>() is { } redis
            ? new RedisSchoolDirectory(redis.Connection, redis.Options)
            : new InMemorySchoolDirectory());
}
