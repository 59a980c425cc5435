namespace Didactics.Hosting;

/// <summary>Which model produced (or will produce) a turn, and why.</summary>
/// <param name="Provider">The provider; <see cref="ModelProvider.None"/> for authored content.</param>
/// <param name="Model">The model name, or <c>authored-content</c>.</param>
/// <param name="Reason">Why: <c>school-model</c>, <c>no-model-configured</c>, <c>under-13</c>, <c>no-parental-consent</c>, ….</param>
public sealed record ModelChoice(ModelProvider Provider, string Model, string Reason)
{
    /// <summary>The label shown with a turn: <c>provider:model</c>, or <c>authored-content</c>.</summary>
    public string Label => Provider == ModelProvider.None ? AuthoredContent : $"{Provider}:{Model}";

    /// <summary>The model name of authored-content turns.</summary>
    public const string AuthoredContent = "authored-content";

    /// <summary>An authored-content choice for <paramref name="reason"/>.</summary>
    public static ModelChoice Authored(string reason) => new(ModelProvider.None, AuthoredContent, reason);
}
