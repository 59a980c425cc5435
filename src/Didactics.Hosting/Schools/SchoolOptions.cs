namespace Didactics.Hosting;

/// <summary>One school (tenant): its model, data-processing facts, age and consent policy, helpline and alerts.</summary>
public sealed class SchoolOptions
{
    /// <summary>The school's display name.</summary>
    public string? Name { get; set; }

    /// <summary>The school's model; a missing section means <see cref="ModelProvider.None"/> (authored content).</summary>
    public SchoolModelOptions Model { get; set; } = new();

    /// <summary>The age and consent policy.</summary>
    public AgePolicyOptions AgePolicy { get; set; } = new();

    /// <summary>
    /// The helplines the safeguarding reply names, besides a trusted adult. Empty (the default): 113 Zelfmoordpreventie
    /// (113 or 0800-0113, 113.nl) and De Kindertelefoon (0800-0432, kindertelefoon.nl).
    /// </summary>
    public IList<HelplineOptions> Helplines { get; set; } = new List<HelplineOptions>();

    /// <summary>An HTTPS (or loopback HTTP) URL that receives every teacher alert as JSON; null: alerts only stream to the teacher view.</summary>
    public string? AlertWebhook { get; set; }

    /// <summary>The classes of the school (for the teacher view); sessions name their class when they start.</summary>
    public IList<string> Classes { get; set; } = new List<string>();
}
