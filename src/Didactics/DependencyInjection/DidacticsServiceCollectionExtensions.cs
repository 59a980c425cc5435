using Didactics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Didactics in an <see cref="IServiceCollection"/>.</summary>
public static class DidacticsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Didactics defaults (in-memory session store, answer checker, signal classifier, leak guard),
    /// each only when no other implementation is registered yet.
    /// </summary>
    public static IServiceCollection AddDidactics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ISessionStore, InMemorySessionStore>();
        services.TryAddSingleton<IAnswerChecker>(DefaultAnswerChecker.Instance);
        services.TryAddSingleton<ILearnerSignalClassifier>(KeywordSignalClassifier.Instance);
        services.TryAddSingleton<IAnswerLeakGuard>(AnswerLeakGuard.Instance);
        return services;
    }

    /// <summary>
    /// Registers the Didactics defaults (see <see cref="AddDidactics(IServiceCollection)"/>) and the
    /// <see cref="DidacticsOptions"/> read from <paramref name="configuration"/>, e.g. <c>configuration.GetSection("Didactics")</c>.
    /// A malformed value throws a <see cref="FormatException"/> here, at startup, naming the key.
    /// </summary>
    public static IServiceCollection AddDidactics(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = DidacticsOptions.FromConfiguration(configuration);
        return services.AddDidactics(o =>
        {
            o.DefaultStrategy = options.DefaultStrategy;
            o.MaxRegenerations = options.MaxRegenerations;
        });
    }

    /// <summary>Registers the Didactics defaults and configures the <see cref="DidacticsOptions"/> (calls accumulate in order).</summary>
    public static IServiceCollection AddDidactics(this IServiceCollection services, Action<DidacticsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddDidactics();
        var options = OptionsOf(services);
        configure(options);
        if (options.MaxRegenerations is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), options.MaxRegenerations, "DidacticsOptions.MaxRegenerations must be from 0 to 10.");
        }

        return services;
    }

    /// <summary>
    /// Registers the unkeyed <see cref="Tutor"/> running <see cref="DidacticsOptions.DefaultStrategy"/> (set it with
    /// <c>AddDidactics(configuration)</c> or <c>AddDidactics(o => o.DefaultStrategy = "…")</c>) over the
    /// <see cref="IChatClient"/> registered in the services, or in authored-content mode when none is.
    /// </summary>
    /// <exception cref="InvalidOperationException">At resolution, when no default strategy is configured.</exception>
    public static IServiceCollection AddDidacticsTutor(this IServiceCollection services, Action<DidacticsChatClient>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDidactics();
        var options = OptionsOf(services);
        services.AddSingleton<Tutor>(sp =>
        {
            var name = options.DefaultStrategy
                ?? throw new InvalidOperationException("No default Didactics strategy is configured: set \"Didactics:DefaultStrategy\" in the configuration (AddDidactics(configuration)) or call AddDidacticsTutor(\"<strategy name>\").");
            return CreateTutor(sp, name, options, configure);
        });
        return services;
    }

    /// <summary>
    /// Registers a strategy as a keyed <see cref="IStrategy"/> under <paramref name="name"/> and, for the first
    /// strategy registered, as the unkeyed <see cref="IStrategy"/>. The generated <c>Add&lt;Strategy&gt;()</c> methods call this.
    /// </summary>
    public static IServiceCollection AddDidacticsStrategy<TStrategy>(this IServiceCollection services, string name, Func<IServiceProvider, TStrategy> factory)
        where TStrategy : class, IStrategy
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factory);
        services.AddDidactics();
        services.TryAddSingleton(factory);
        services.AddKeyedSingleton<IStrategy>(name, (sp, _) => sp.GetRequiredService<TStrategy>());
        services.TryAddSingleton<IStrategy>(sp => sp.GetRequiredService<TStrategy>());
        return services;
    }

    /// <summary>
    /// Registers a <see cref="Tutor"/> (keyed by <paramref name="strategyName"/>, and unkeyed for the first one) running the
    /// named strategy over the <see cref="IChatClient"/> registered in the services, or in authored-content mode when none is.
    /// </summary>
    public static IServiceCollection AddDidacticsTutor(this IServiceCollection services, string strategyName, Action<DidacticsChatClient>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(strategyName);
        services.AddDidactics();
        var options = OptionsOf(services);
        services.AddKeyedSingleton<Tutor>(strategyName, (sp, _) => CreateTutor(sp, strategyName, options, configure));
        services.TryAddSingleton<Tutor>(sp => sp.GetRequiredKeyedService<Tutor>(strategyName));
        return services;
    }

    /// <summary>The tutor over the DI <see cref="IChatClient"/> (or authored content), with the options applied before <paramref name="configure"/>.</summary>
    private static Tutor CreateTutor(IServiceProvider services, string strategyName, DidacticsOptions options, Action<DidacticsChatClient>? configure)
    {
        var inner = services.GetService<IChatClient>() ?? AuthoredContentChatClient.Instance;
        var client = new ChatClientBuilder(inner).UseDidactics(strategyName, didactics =>
        {
            didactics.MaxRegenerations = options.MaxRegenerations;
            configure?.Invoke(didactics);
        }).Build(services);
        return new Tutor(client);
    }

    /// <summary>The one <see cref="DidacticsOptions"/> instance of the collection, registered on first use.</summary>
    private static DidacticsOptions OptionsOf(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(DidacticsOptions) && !descriptor.IsKeyedService && descriptor.ImplementationInstance is DidacticsOptions existing)
            {
                return existing;
            }
        }

        var options = new DidacticsOptions();
        services.AddSingleton(options);
        return options;
    }
}
