namespace Didactics.Hosting;

/// <summary>The body of <c>POST teacher/sessions/{id}/strategy</c>.</summary>
public sealed class SwitchStrategyRequest
{
    /// <summary>The registered strategy to continue with (from its start phase).</summary>
    public string? Strategy { get; set; }
}
