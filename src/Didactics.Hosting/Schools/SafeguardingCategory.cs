namespace Didactics.Hosting;

/// <summary>What a safeguarding disclosure is about.</summary>
public enum SafeguardingCategory
{
    /// <summary>No disclosure.</summary>
    None = 0,

    /// <summary>Suicidal thoughts or self-harm (the learner's own, or a friend's).</summary>
    SelfHarm = 1,

    /// <summary>Physical, sexual or emotional abuse, or not being safe at home.</summary>
    Abuse = 2,

    /// <summary>Being bullied, threatened or excluded.</summary>
    Bullying = 3,
}
