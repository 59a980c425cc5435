namespace Didactics.Certification;

/// <summary>The built-in Didactics strategies by name, for <c>didactics certify --strategy NAME</c>.</summary>
public static class BuiltInStrategies
{
    private static readonly Dictionary<string, Func<IStrategy>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["socratic"] = static () => new SocraticStrategy(),
        ["scaffolded-feedback"] = static () => new ScaffoldedFeedbackStrategy(),
        ["worked-example"] = static () => new WorkedExampleStrategy(),
    };

    /// <summary>The names: <c>socratic</c>, <c>scaffolded-feedback</c>, <c>worked-example</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Factories.Keys];

    /// <summary>Creates the strategy named <paramref name="name"/> (case-insensitive), or returns false.</summary>
    public static bool TryCreate(string name, out IStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Factories.TryGetValue(name.Trim(), out var factory))
        {
            strategy = factory();
            return true;
        }

        strategy = null!;
        return false;
    }

    /// <summary>
    /// A Didactics pipeline running the built-in strategy <paramref name="name"/> over <paramref name="model"/>, as a tutor
    /// under test (streamed or not).
    /// </summary>
    /// <exception cref="ArgumentException">No built-in strategy has that name.</exception>
    public static DidacticsPipelineTutor Tutor(string name, Microsoft.Extensions.AI.IChatClient model, bool stream = false, string? identity = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!TryCreate(name, out var strategy))
        {
            throw new ArgumentException($"Unknown strategy '{name}'; built-in strategies: {string.Join(", ", Names)}.", nameof(name));
        }

        var chain = new Microsoft.Extensions.AI.ChatClientBuilder(model).UseDidactics(strategy).Build();
        return new DidacticsPipelineTutor(new Didactics.Tutor(chain), identity, stream);
    }
}
