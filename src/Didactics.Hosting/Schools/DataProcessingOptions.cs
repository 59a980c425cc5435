namespace Didactics.Hosting;

/// <summary>The data-processing facts of a school's model, shown in the transparency card and the session export.</summary>
public sealed class DataProcessingOptions
{
    /// <summary>The processor (the company or the school itself).</summary>
    public string? Processor { get; set; }

    /// <summary>Where the model runs, e.g. <c>EU (Sweden Central)</c> or <c>on premises</c>.</summary>
    public string? Location { get; set; }

    /// <summary>How long the processor keeps inputs, in days (0: not kept); null: not stated.</summary>
    public int? RetentionDays { get; set; }

    /// <summary>Whether inputs are used to train models; null: not stated.</summary>
    public bool? UsedForTraining { get; set; }

    /// <summary>A reference to the data-processing agreement (verwerkersovereenkomst).</summary>
    public string? Agreement { get; set; }
}
