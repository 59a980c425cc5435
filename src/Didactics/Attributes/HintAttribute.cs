namespace Didactics;

/// <summary>
/// Declares one rung of the strategy's hint ladder. Declare rungs from general to specific; the order of
/// declaration is the order of the ladder. The last rung must still leave the final step to the learner.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class HintAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public HintAttribute(string text) => Text = text;

    /// <summary>The hint text (plain text). A problem with hints of its own uses those as its whole ladder instead.</summary>
    public string Text { get; }
}
