using Didactics.Shared;
using Microsoft.Extensions.AI;

namespace Didactics.Certification;

/// <summary>
/// A certification set up from <see cref="CertifyOptions"/>, without any console: the options are validated, the
/// suites loaded, and the tutor under test, the judge and the learner model built. <see cref="RunAsync"/> runs it;
/// <see cref="ReportWriter.WriteAsync"/> writes the reports of the run. <c>didactics certify</c> renders it.
/// </summary>
public sealed class CertificationJob
{
    private readonly CertificationRunOptions _runOptions;

    private CertificationJob(IReadOnlyList<CertificationSuite> suites, ITutorUnderTest tutor, CertificationRunOptions runOptions)
    {
        Suites = suites;
        Tutor = tutor;
        _runOptions = runOptions;
        ScenarioCount = suites.Sum(s => s.Scenarios.Length);
    }

    /// <summary>The suites to run.</summary>
    public IReadOnlyList<CertificationSuite> Suites { get; }

    /// <summary>The tutor under test.</summary>
    public ITutorUnderTest Tutor { get; }

    /// <summary>The number of scenarios over all <see cref="Suites"/>.</summary>
    public int ScenarioCount { get; }

    /// <summary>
    /// Sets up the certification <paramref name="options"/> describe. On bad options or malformed suites returns false
    /// and the error lines (one problem per line, as <c>didactics certify</c> prints them).
    /// </summary>
    public static bool TryCreate(CertifyOptions options, out CertificationJob? job, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        job = null;
        if (Validate(options) is { } problem)
        {
            errors = ["error: " + problem];
            return false;
        }

        IReadOnlyList<CertificationSuite> suites;
        try
        {
            suites = SuiteLoader.LoadPath(options.Suite);
        }
        catch (SuiteLoadException ex)
        {
            errors = [.. ex.Errors.Select(e => e.ToString())];
            return false;
        }
        catch (FileNotFoundException ex)
        {
            errors = ["error: " + ex.Message];
            return false;
        }

        var timeout = TimeSpan.FromSeconds(options.TurnTimeoutSeconds);
        string? apiKey = null;
        if (options.ApiKeyEnv is { } env)
        {
            apiKey = Environment.GetEnvironmentVariable(env);
            if (string.IsNullOrEmpty(apiKey))
            {
                errors = [$"error: the environment variable '{env}' named by --api-key-env is not set."];
                return false;
            }
        }

        IChatClient? judge = options.JudgeEndpoint is { } je ? ChatClientTutor.ForEndpoint(new Uri(je), options.JudgeModel!, apiKey ?? "", timeout).Client : null;
        IChatClient? learner = options.LearnerEndpoint is { } le ? ChatClientTutor.ForEndpoint(new Uri(le), options.LearnerModel!, apiKey ?? "", timeout).Client : null;
        var scenarios = suites.SelectMany(s => s.Scenarios).ToList();
        if (judge is null && scenarios.SelectMany(s => s.Checks).FirstOrDefault(c => CheckCatalog.IsJudged(c.Id)) is { } judged)
        {
            errors = [$"error: the suites use the model-judged check '{judged.Id}'; pass --judge-endpoint and --judge-model."];
            return false;
        }

        if (learner is null && scenarios.FirstOrDefault(s => s.Persona.Kind == PersonaKind.Model) is { } modelScenario)
        {
            errors = [$"error: scenario '{modelScenario}' uses a model-driven learner; pass --learner-endpoint and --learner-model."];
            return false;
        }

        ITutorUnderTest tutor;
        if (options.TutorCommand is { } command)
        {
            tutor = new CommandTutor(command, requestOpening: options.TutorOpening);
        }
        else
        {
            var endpoint = ChatClientTutor.ForEndpoint(new Uri(options.Endpoint!), options.Model!, apiKey ?? "", timeout);
            var stream = options.Stream ? "+stream" : "";
            tutor = options.Strategy is { } strategy
                ? BuiltInStrategies.Tutor(strategy, endpoint.Client, options.Stream, $"didactics:{strategy.Trim().ToLowerInvariant()}{stream} over {endpoint.Identity}")
                : options.Stream ? new ChatClientTutor(endpoint.Client, endpoint.Identity + stream) { Stream = true } : endpoint;
        }

        job = new CertificationJob(suites, tutor, new CertificationRunOptions
        {
            MaxConcurrency = options.Concurrency,
            TurnTimeout = timeout,
            Retries = options.Retries,
            Seed = options.Seed,
            Judge = judge,
            LearnerModel = learner,
        });
        errors = [];
        return true;
    }

    /// <summary>
    /// Runs the suites against the tutor; <paramref name="onScenarioCompleted"/> is called after each scenario (from any
    /// thread). Cancellation returns the partial run.
    /// </summary>
    public Task<CertificationRun> RunAsync(Action<ScenarioResult>? onScenarioCompleted = null, CancellationToken cancellationToken = default) =>
        new CertificationRunner(_runOptions with { OnScenarioCompleted = onScenarioCompleted }).RunAsync(Suites, Tutor, cancellationToken);

    private static string? Validate(CertifyOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.Suite))
        {
            return "--suite is required (a suite file or a directory of suite files).";
        }

        if (string.IsNullOrWhiteSpace(o.Out))
        {
            return "--out is required (the directory for the reports).";
        }

        if ((o.Endpoint is null) == (o.TutorCommand is null))
        {
            return "name exactly one tutor: --endpoint URL --model NAME [--api-key-env VAR], or --tutor-command \"CMD\".";
        }

        if (o.Endpoint is not null && (string.IsNullOrWhiteSpace(o.Model) || !IsHttpUri(o.Endpoint)))
        {
            return "--endpoint needs an http(s) URL and --model NAME.";
        }

        if (o.Strategy is not null && (o.Endpoint is null || !BuiltInStrategies.TryCreate(o.Strategy, out _)))
        {
            return o.Endpoint is null
                ? "--strategy needs --endpoint URL --model NAME (the model the Didactics pipeline runs over)."
                : $"--strategy: unknown strategy '{o.Strategy}'; built-in strategies: {string.Join(", ", BuiltInStrategies.Names)}.";
        }

        if (o.Stream && o.Endpoint is null)
        {
            return "--stream needs --endpoint URL --model NAME.";
        }

        if (o.TutorOpening && o.TutorCommand is null)
        {
            return "--tutor-opening needs --tutor-command.";
        }

        if (o.JudgeEndpoint is not null && (string.IsNullOrWhiteSpace(o.JudgeModel) || !IsHttpUri(o.JudgeEndpoint)))
        {
            return "--judge-endpoint needs an http(s) URL and --judge-model NAME.";
        }

        if (o.LearnerEndpoint is not null && (string.IsNullOrWhiteSpace(o.LearnerModel) || !IsHttpUri(o.LearnerEndpoint)))
        {
            return "--learner-endpoint needs an http(s) URL and --learner-model NAME.";
        }

        if (o.Concurrency < 1 || o.Concurrency > 1024)
        {
            return "--concurrency must be between 1 and 1024.";
        }

        // The limits of the retry pipeline's per-attempt timeout (Polly's), in seconds.
        var (min, max) = (RetryPipeline.MinAttemptTimeout.TotalSeconds, RetryPipeline.MaxAttemptTimeout.TotalSeconds);
        if (o.TurnTimeoutSeconds < min || o.TurnTimeoutSeconds > max)
        {
            return FormattableString.Invariant($"--turn-timeout must be between {min} and {max} seconds.");
        }

        return o.Retries is < 0 or > 10 ? "--retries must be between 0 and 10." : null;
    }

    private static bool IsHttpUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
