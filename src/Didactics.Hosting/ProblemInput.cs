namespace Didactics.Hosting;

/// <summary>A problem given inline when starting a session.</summary>
public sealed class ProblemInput
{
    /// <summary>A stable id (default: generated).</summary>
    public string? Id { get; set; }

    /// <summary>The statement shown to the learner.</summary>
    public string? Statement { get; set; }

    /// <summary>The accepted answers (at least one).</summary>
    public List<string>? Answers { get; set; }

    /// <summary>How answers are compared: <c>Number</c> (default), <c>Fraction</c>, <c>Expression</c>, <c>Text</c> or <c>MultipleChoice</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>Problem-specific hints, general to specific.</summary>
    public List<string>? Hints { get; set; }
}
