namespace Didactics;

/// <summary>The result of scanning one tutor reply for the final answer.</summary>
/// <param name="Leak">True when the reply states the final answer.</param>
/// <param name="Confidence">How sure the scan is that the reply states the answer, 0 to 1 (a leak is 0.5 or more).</param>
/// <param name="Form">The text that matched, e.g. <c>x = 4</c>, <c>the answer is three quarters</c>, <c>75%</c>; null when there is no leak.</param>
public readonly record struct LeakScanResult(bool Leak, double Confidence, string? Form)
{
    /// <summary>No leak.</summary>
    public static LeakScanResult None => default;

    /// <summary>Which rule decided the leak (one of <see cref="LeakRules"/>); null when there is no leak.</summary>
    public string? Rule { get; init; }

    /// <summary>Where <see cref="Form"/> starts in the scanned reply (for a streamed reply: in the whole reply so far).</summary>
    public int Start { get; init; }

    /// <summary>The length of <see cref="Form"/> in the reply.</summary>
    public int Length { get; init; }
}
