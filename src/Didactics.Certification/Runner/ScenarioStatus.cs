namespace Didactics.Certification;

/// <summary>How a scenario ended.</summary>
public enum ScenarioStatus
{
    /// <summary>Every check passed on every reply.</summary>
    Passed = 0,

    /// <summary>At least one check failed.</summary>
    Failed = 1,

    /// <summary>The tutor crashed, timed out or wrote malformed output; the scenario counts as failed.</summary>
    Error = 2,

    /// <summary>The run was cancelled before the scenario finished.</summary>
    Cancelled = 3,
}
