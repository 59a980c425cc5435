namespace Didactics.Hosting;

/// <summary>The body of <c>POST /sessions/{id}/turns</c>.</summary>
public sealed class TurnRequest
{
    /// <summary>The learner's message.</summary>
    public string? Text { get; set; }
}
