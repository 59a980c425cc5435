namespace Didactics.Certification;

/// <summary>What to certify and how: the options of <c>didactics certify</c>, turned into a run by <see cref="CertificationJob"/>.</summary>
public sealed record CertifyOptions
{
    /// <summary>A suite file or a directory of suite files.</summary>
    public required string Suite { get; init; }

    /// <summary>The directory the reports are written to.</summary>
    public required string Out { get; init; }

    /// <summary>The base URL of an OpenAI-compatible endpoint to certify.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The model name at <see cref="Endpoint"/>.</summary>
    public string? Model { get; init; }

    /// <summary>The name of the environment variable that holds the API key (never the key itself).</summary>
    public string? ApiKeyEnv { get; init; }

    /// <summary>A command to certify (one process per scenario, JSON lines on stdin/stdout).</summary>
    public string? TutorCommand { get; init; }

    /// <summary>
    /// A built-in strategy (<c>socratic</c>, <c>scaffolded-feedback</c>, <c>worked-example</c>): certify a Didactics
    /// pipeline running it over the model at <see cref="Endpoint"/>, instead of the bare model.
    /// </summary>
    public string? Strategy { get; init; }

    /// <summary>Stream the replies of the <see cref="Endpoint"/> tutor (with or without <see cref="Strategy"/>).</summary>
    public bool Stream { get; init; }

    /// <summary>Ask the <see cref="TutorCommand"/> for its opening turn before the learner speaks (an <c>"opening": true</c> line).</summary>
    public bool TutorOpening { get; init; }

    /// <summary>Scenarios run at the same time.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Seconds one tutor reply may take.</summary>
    public double TurnTimeoutSeconds { get; init; } = 60;

    /// <summary>Retries of transient failures.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The run seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>An OpenAI-compatible endpoint for the judge of model-judged checks.</summary>
    public string? JudgeEndpoint { get; init; }

    /// <summary>The judge model.</summary>
    public string? JudgeModel { get; init; }

    /// <summary>An OpenAI-compatible endpoint for model-driven learners.</summary>
    public string? LearnerEndpoint { get; init; }

    /// <summary>The learner model.</summary>
    public string? LearnerModel { get; init; }
}
