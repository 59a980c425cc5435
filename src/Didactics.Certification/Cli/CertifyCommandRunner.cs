using System.Globalization;
using Microsoft.Extensions.AI;
using Spectre.Console;

namespace Didactics.Certification;

/// <summary>The options of <c>didactics certify</c>.</summary>
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

/// <summary>
/// The logic of <c>didactics certify</c>, kept out of the command-line layer: validates the options, loads the
/// suites, runs them, writes the reports, and returns the exit code (0 certified, 1 not certified or cancelled,
/// 2 usage or input error). Shows a live progress bar on a terminal and plain lines otherwise.
/// </summary>
public sealed class CertifyCommandRunner(TextWriter output, TextWriter error, bool interactive)
{
    /// <summary>Exit code: the tutor meets every suite's criteria.</summary>
    public const int Certified = 0;

    /// <summary>Exit code: the tutor does not meet the criteria (or the run was cancelled).</summary>
    public const int NotCertified = 1;

    /// <summary>Exit code: bad options or a malformed suite.</summary>
    public const int UsageError = 2;

    /// <summary>A runner on the process console; interactive when standard output is a terminal.</summary>
    public static CertifyCommandRunner ForConsole() => new(Console.Out, Console.Error, !Console.IsOutputRedirected);

    /// <summary>
    /// Runs the command on the process console: the first Ctrl+C cancels the run (the partial report is still
    /// written), a second one ends the process.
    /// </summary>
    public static async Task<int> RunOnConsoleAsync(CertifyOptions options)
    {
        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            if (!cts.IsCancellationRequested)
            {
                e.Cancel = true;
                Console.Error.WriteLine("Cancelling: finishing the report with the scenarios completed so far (Ctrl+C again to abort).");
                cts.Cancel();
            }
        };
        Console.CancelKeyPress += handler;
        try
        {
            return await ForConsole().RunAsync(options, cts.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= handler;
        }
    }

    /// <summary>Runs the command. Cancelling <paramref name="cancellationToken"/> (Ctrl+C) writes a partial report.</summary>
    public async Task<int> RunAsync(CertifyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Validate(options) is { } problem)
        {
            await error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
            return UsageError;
        }

        IReadOnlyList<CertificationSuite> suites;
        try
        {
            suites = SuiteLoader.LoadPath(options.Suite);
        }
        catch (SuiteLoadException ex)
        {
            foreach (var e in ex.Errors)
            {
                await error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            }

            return UsageError;
        }
        catch (FileNotFoundException ex)
        {
            await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return UsageError;
        }

        var timeout = TimeSpan.FromSeconds(options.TurnTimeoutSeconds);
        string? apiKey = null;
        if (options.ApiKeyEnv is { } env)
        {
            apiKey = Environment.GetEnvironmentVariable(env);
            if (string.IsNullOrEmpty(apiKey))
            {
                await error.WriteLineAsync($"error: the environment variable '{env}' named by --api-key-env is not set.").ConfigureAwait(false);
                return UsageError;
            }
        }

        IChatClient? judge = options.JudgeEndpoint is { } je ? ChatClientTutor.ForEndpoint(new Uri(je), options.JudgeModel!, apiKey ?? "", timeout).Client : null;
        IChatClient? learner = options.LearnerEndpoint is { } le ? ChatClientTutor.ForEndpoint(new Uri(le), options.LearnerModel!, apiKey ?? "", timeout).Client : null;
        var scenarios = suites.SelectMany(s => s.Scenarios).ToList();
        if (judge is null && scenarios.SelectMany(s => s.Checks).FirstOrDefault(c => CheckCatalog.IsJudged(c.Id)) is { } judged)
        {
            await error.WriteLineAsync($"error: the suites use the model-judged check '{judged.Id}'; pass --judge-endpoint and --judge-model.").ConfigureAwait(false);
            return UsageError;
        }

        if (learner is null && scenarios.FirstOrDefault(s => s.Persona.Kind == PersonaKind.Model) is { } modelScenario)
        {
            await error.WriteLineAsync($"error: scenario '{modelScenario}' uses a model-driven learner; pass --learner-endpoint and --learner-model.").ConfigureAwait(false);
            return UsageError;
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

        var done = 0;
        var runOptions = new CertificationRunOptions
        {
            MaxConcurrency = options.Concurrency,
            TurnTimeout = timeout,
            Retries = options.Retries,
            Seed = options.Seed,
            Judge = judge,
            LearnerModel = learner,
        };

        CertificationRun run;
        if (interactive)
        {
            run = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape($"Certifying {tutor.Identity}"), maxValue: scenarios.Count);
                    var runner = new CertificationRunner(runOptions with { OnScenarioCompleted = _ => task.Increment(1) });
                    return await runner.RunAsync(suites, tutor, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            var gate = new object();
            var runner = new CertificationRunner(runOptions with
            {
                OnScenarioCompleted = r =>
                {
                    lock (gate)
                    {
                        done++;
                        output.WriteLine($"[{done}/{scenarios.Count}] {r.Suite}/{r.Scenario}: {r.Status}{(r.Error is null ? "" : " - " + r.Error)}");
                    }
                },
            });
            run = await runner.RunAsync(suites, tutor, cancellationToken).ConfigureAwait(false);
        }

        // The reports are written even when the run was cancelled: a partial report is better than none.
        var certificate = await ReportWriter.WriteAsync(run, options.Out, CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync(string.Format(CultureInfo.InvariantCulture,
            "{0}: {1} of {2} scenarios passed; answer-reveal rate {3:0.#} % ({4}/{5} replies); help without effort {6:0.00} per attempt ({7} scenario(s) over the allowance). Reports in {8}.",
            certificate.Verdict.ToUpperInvariant(), run.Scenarios.Count(s => s.Status == ScenarioStatus.Passed), run.Scenarios.Count,
            run.AnswerRevealRate * 100, run.RevealedTurns, run.RatedTurns, run.HelpWithoutEffort.PerAttempt, run.HelpWithoutEffort.OverAllowance,
            Path.GetFullPath(options.Out))).ConfigureAwait(false);
        await output.WriteLineAsync(RevealReport.Summary(run)).ConfigureAwait(false);
        return run.Passed ? Certified : NotCertified;
    }

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

        if (o.TurnTimeoutSeconds is < 0.01 or > 86_400)
        {
            return "--turn-timeout must be between 0.01 and 86400 seconds.";
        }

        return o.Retries is < 0 or > 10 ? "--retries must be between 0 and 10." : null;
    }

    private static bool IsHttpUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
