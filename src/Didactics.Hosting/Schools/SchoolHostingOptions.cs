namespace Didactics.Hosting;

/// <summary>Thresholds of the teacher alerts and other school behaviour that is not per school.</summary>
public sealed class SchoolHostingOptions
{
    /// <summary>The hint level at which an unsolved session counts as stuck (default 3).</summary>
    public int StuckHintLevel { get; set; } = 3;

    /// <summary>How many of the last learner turns without progress ("I don't know", wrong attempts) make a session stuck (default 5).</summary>
    public int StuckTurns { get; set; } = 5;

    /// <summary>How many answer requests (or injections, pressure) in a session raise an answer-seeking alert (default 3).</summary>
    public int AnswerSeekingTurns { get; set; } = 3;

    /// <summary>How long a webhook call may take (default 5 s).</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
