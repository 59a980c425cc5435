namespace Didactics;

/// <summary>When the answer may be disclosed.</summary>
/// <param name="Disclosure">The disclosure rule.</param>
/// <param name="MinAttempts">With <see cref="Disclosure.AfterAttempts"/>, the genuine attempts required first.</param>
/// <param name="IsExplicit">False when the strategy declared no policy and the safe default (never) applies.</param>
public sealed record AnswerPolicy(Disclosure Disclosure, int MinAttempts, bool IsExplicit)
{
    /// <summary>The policy applied when a strategy declares none: never disclose.</summary>
    public static AnswerPolicy Default { get; } = new(Disclosure.Never, 0, IsExplicit: false);

    /// <summary>True when, after <paramref name="attempts"/> genuine attempts, the answer may be disclosed.</summary>
    public bool AllowsDisclosure(int attempts) => Disclosure switch
    {
        Disclosure.Never => false,
        Disclosure.AfterAttempts => attempts >= Math.Max(1, MinAttempts),
        Disclosure.OnRequest or Disclosure.Always => true,
        _ => false,
    };
}
