using Didactics;
using Didactics.Authored;
using Didactics.Checking;
using Didactics.Guard;
using Didactics.Sessions;
using Didactics.Signals;
using Microsoft.Extensions.AI;
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
        services.AddKeyedSingleton<Tutor>(strategyName, (sp, _) =>
        {
            var inner = sp.GetService<IChatClient>() ?? AuthoredContentChatClient.Instance;
            var client = new ChatClientBuilder(inner).UseDidactics(strategyName, configure).Build(sp);
            return new Tutor(client);
        });
        services.TryAddSingleton<Tutor>(sp => sp.GetRequiredKeyedService<Tutor>(strategyName));
        return services;
    }
}
