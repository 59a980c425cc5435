namespace Didactics.Hosting;

/// <summary>What learners aged 16 and over get.</summary>
public enum OlderLearnerModelUse
{
    /// <summary>The school's model.</summary>
    Model = 0,

    /// <summary>Authored content only.</summary>
    AuthoredContent = 1,
}
