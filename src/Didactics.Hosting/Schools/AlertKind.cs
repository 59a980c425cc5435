namespace Didactics.Hosting;

/// <summary>What a teacher alert is about.</summary>
public enum AlertKind
{
    /// <summary>Many hints and no progress.</summary>
    Stuck = 0,

    /// <summary>The learner keeps trying to get the answer instead of working on it.</summary>
    AnswerSeeking = 1,

    /// <summary>A learner message disclosed self-harm, abuse or bullying.</summary>
    Safeguarding = 2,
}
