namespace Didactics;

/// <summary>When, if ever, a strategy may disclose the final answer to the learner.</summary>
public enum Disclosure
{
    /// <summary>The answer is never disclosed. The learner has to find it.</summary>
    Never = 0,

    /// <summary>The answer may be disclosed once the learner has made at least <see cref="AnswerPolicyAttribute.MinAttempts"/> genuine attempts.</summary>
    AfterAttempts = 1,

    /// <summary>The answer is disclosed whenever the learner asks for it. This allows pure answer delegation (DID0002).</summary>
    OnRequest = 2,

    /// <summary>The answer may be disclosed at any time. This allows pure answer delegation (DID0002).</summary>
    Always = 3,
}
