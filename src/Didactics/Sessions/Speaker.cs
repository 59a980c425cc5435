namespace Didactics;

/// <summary>Who said a transcript entry.</summary>
public enum Speaker
{
    /// <summary>The learner.</summary>
    Learner = 0,

    /// <summary>The tutor.</summary>
    Tutor = 1,
}
