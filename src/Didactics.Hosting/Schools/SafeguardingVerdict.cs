namespace Didactics.Hosting;

/// <summary>The verdict on one learner message.</summary>
/// <param name="Category">The category, or <see cref="SafeguardingCategory.None"/>.</param>
/// <param name="Rule">The rule that fired (for the audit and tests), or null.</param>
public sealed record SafeguardingVerdict(SafeguardingCategory Category, string? Rule)
{
    /// <summary>No disclosure.</summary>
    public static SafeguardingVerdict None { get; } = new(SafeguardingCategory.None, null);

    /// <summary>True when the message discloses something a trusted adult must hear about.</summary>
    public bool IsDisclosure => Category != SafeguardingCategory.None;
}
