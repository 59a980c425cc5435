namespace Didactics;

// The JSON shape of a problem-set file, for writing (reading goes through the positioned reader for error locations).
internal sealed class ProblemSetDocument
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Language { get; set; }

    public List<ProblemDocument> Problems { get; set; } = [];
}

internal sealed class ProblemDocument
{
    public string Id { get; set; } = "";

    public string Statement { get; set; } = "";

    public string? Language { get; set; }

    public List<AnswerDocument> Answers { get; set; } = [];

    public List<string>? Steps { get; set; }

    public List<string>? Hints { get; set; }

    public List<string>? Skills { get; set; }

    public List<MisconceptionDocument>? Misconceptions { get; set; }
}

internal sealed class AnswerDocument
{
    public string Value { get; set; } = "";

    public string Kind { get; set; } = "number";
}

internal sealed class MisconceptionDocument
{
    public string Pattern { get; set; } = "";

    public string Diagnosis { get; set; } = "";
}
