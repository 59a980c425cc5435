namespace Didactics;

/// <summary>Declares a transition: in phase <c>from</c>, learner signal <c>on</c> moves the session to phase <c>to</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TransitionAttribute : Attribute
{
    /// <summary>The wildcard for <see cref="From"/>: the transition applies in every non-terminal phase without a more specific one.</summary>
    public const string AnyPhase = "*";

    /// <summary>Creates the attribute.</summary>
    public TransitionAttribute(string from, LearnerSignal on, string to)
    {
        From = from;
        On = on;
        To = to;
    }

    /// <summary>The phase the transition leaves, or <see cref="AnyPhase"/>.</summary>
    public string From { get; }

    /// <summary>The learner signal that triggers the transition.</summary>
    public LearnerSignal On { get; }

    /// <summary>The phase the transition enters.</summary>
    public string To { get; }
}
