namespace Didactics;

/// <summary>Declares when the strategy may disclose the final answer. Strategies without one get DID0001.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AnswerPolicyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public AnswerPolicyAttribute(Disclosure disclosure) => Disclosure = disclosure;

    /// <summary>When the answer may be disclosed.</summary>
    public Disclosure Disclosure { get; }

    /// <summary>With <see cref="Disclosure.AfterAttempts"/>: the number of genuine learner attempts required first (at least 1).</summary>
    public int MinAttempts { get; set; }
}
