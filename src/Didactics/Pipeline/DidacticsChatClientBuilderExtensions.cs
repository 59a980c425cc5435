using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics;

/// <summary>Adds the Didactics pipeline to a <see cref="ChatClientBuilder"/>.</summary>
public static class DidacticsChatClientBuilderExtensions
{
    /// <summary>
    /// Adds the didactic pipeline for <paramref name="strategy"/>. The session store comes from the services
    /// (<see cref="ISessionStore"/>) when one is registered, otherwise sessions are kept in memory.
    /// </summary>
    public static ChatClientBuilder UseDidactics(this ChatClientBuilder builder, IStrategy strategy, Action<DidacticsChatClient>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(strategy);
        return builder.Use((inner, services) => Create(inner, strategy, services, configure));
    }

    /// <summary>Adds the didactic pipeline for the strategy registered in the services under <paramref name="strategyName"/> (see <c>AddDidacticsStrategy</c>).</summary>
    public static ChatClientBuilder UseDidactics(this ChatClientBuilder builder, string strategyName, Action<DidacticsChatClient>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(strategyName);
        return builder.Use((inner, services) =>
        {
            var strategy = services.GetKeyedService<IStrategy>(strategyName)
                ?? throw new InvalidOperationException($"No strategy named '{strategyName}' is registered. Call services.AddDidacticsStrategy(...) or the generated Add<Strategy>() method.");
            return Create(inner, strategy, services, configure);
        });
    }

    private static DidacticsChatClient Create(IChatClient inner, IStrategy strategy, IServiceProvider services, Action<DidacticsChatClient>? configure)
    {
        var client = new DidacticsChatClient(inner, strategy, services.GetService<ISessionStore>());
        if (services.GetService<IAnswerChecker>() is { } checker)
        {
            client.AnswerChecker = checker;
        }

        if (services.GetService<ILearnerSignalClassifier>() is { } classifier)
        {
            client.SignalClassifier = classifier;
        }

        if (services.GetService<IAnswerLeakGuard>() is { } guard)
        {
            client.LeakGuard = guard;
        }

        configure?.Invoke(client);
        return client;
    }
}
