using System.Diagnostics;
using System.Reflection;
using Didactics.Shared;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using Polly;

namespace Didactics.Certification;

/// <summary>
/// Runs suites against a tutor under test: a simulated learner talks to the tutor, every reply is evaluated by the
/// scenario's checks, scenarios run with bounded concurrency, each turn has a timeout, transient failures are
/// retried, a failing tutor fails only its scenario, and cancellation returns a partial run.
/// </summary>
public sealed class CertificationRunner
{
    private readonly CertificationRunOptions _options;
    private readonly ResiliencePipeline _retries;

    /// <summary>Creates a runner with <paramref name="options"/> (or the defaults).</summary>
    public CertificationRunner(CertificationRunOptions? options = null)
    {
        _options = Validate(options ?? new CertificationRunOptions());

        // Transient tutor failures (and timeouts of stateless tutors) are retried; everything else fails the scenario at once.
        _retries = new ResiliencePipelineBuilder { TimeProvider = _options.TimeProvider }
            .AddRetryWithAttemptTimeout(_options.Retries, _options.RetryDelay, maxDelay: null, _options.TurnTimeout, static (ex, _) => ex is TutorFailureException { IsTransient: true })
            .Build();
    }

    /// <summary>The version of this toolkit, as written on certificates.</summary>
    public static string ToolkitVersion { get; } =
        typeof(CertificationRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Runs <paramref name="suites"/> against <paramref name="tutor"/>. Cancellation returns the partial run (never throws for it).</summary>
    public async Task<CertificationRun> RunAsync(IReadOnlyList<CertificationSuite> suites, ITutorUnderTest tutor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(tutor);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var scenarios = suites.SelectMany(s => s.Scenarios).ToList();
        var results = new ScenarioResult[scenarios.Count];
        using var gate = new SemaphoreSlim(_options.MaxConcurrency);
        var tasks = new Task[scenarios.Count];
        for (var i = 0; i < scenarios.Count; i++)
        {
            var index = i;
            tasks[i] = Task.Run(async () =>
            {
                try
                {
                    await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    results[index] = Cancelled(scenarios[index], [], 0);
                    return;
                }

                try
                {
                    results[index] = await RunScenarioAsync(scenarios[index], tutor, cancellationToken).ConfigureAwait(false);
                    _options.OnScenarioCompleted?.Invoke(results[index]);
                }
                finally
                {
                    gate.Release();
                }
            }, CancellationToken.None);
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        var summaries = suites.Select(s => Summarize(s, results.Where(r => r.Suite == s.Id).ToList())).ToList();
        return new CertificationRun
        {
            Tutor = tutor.Identity,
            Seed = _options.Seed,
            ToolkitVersion = ToolkitVersion,
            StartedAt = started,
            DurationMs = clock.Elapsed.TotalMilliseconds,
            Cancelled = cancellationToken.IsCancellationRequested || results.Any(r => r.Status == ScenarioStatus.Cancelled),
            Suites = summaries,
            Scenarios = results,
        };
    }

    /// <summary>Runs one scenario. A tutor failure ends it with <see cref="ScenarioStatus.Error"/>; cancellation with <see cref="ScenarioStatus.Cancelled"/>.</summary>
    public async Task<ScenarioResult> RunScenarioAsync(Scenario scenario, ITutorUnderTest tutor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(tutor);
        var clock = Stopwatch.StartNew();
        var seed = scenario.Persona.Seed ?? LearnerFactory.SeedFor(_options.Seed, scenario.ToString());
        var turns = new List<TurnResult>(scenario.MaxTurns + 1);
        var checks = scenario.Checks.Select(c => CheckCatalog.Create(c, _options.LeakGuard, _options.IndependentDetector)).ToList();
        var judge = _options.Judge is null ? null : new ChatConfiguration(_options.Judge);
        var transcript = new List<ChatMessage>();
        var learnerTurns = new List<LearnerTurn>();
        var replies = new List<TutorReply>();
        ITutorConversation? conversation = null;
        try
        {
            var learner = LearnerFactory.Create(scenario, _options.Seed, _options.LearnerModel);
            conversation = await tutor.StartAsync(scenario, cancellationToken).ConfigureAwait(false);
            if (conversation.Opening is { } opening)
            {
                var context = new TurnContext(scenario, -1, null, [], []);
                turns.Add(await EvaluateAsync(checks, judge, transcript, opening, context, 0, 0, cancellationToken).ConfigureAwait(false) with
                {
                    GuardEvents = (conversation as ITurnEventSource)?.LastTurnEvents is { } openingEvents ? GuardEventCounts.Of(openingEvents) : null,
                });
                transcript.Add(new ChatMessage(ChatRole.Assistant, opening));
                replies.Add(new TutorReply(opening, null));
            }

            for (var i = 0; i < scenario.MaxTurns; i++)
            {
                var turn = await learner.NextAsync(new LearnerContext(scenario, i, transcript.ToList()), cancellationToken).ConfigureAwait(false);
                if (turn is null)
                {
                    break;
                }

                transcript.Add(new ChatMessage(ChatRole.User, turn.Text));
                var request = new List<ChatMessage>(transcript.Count + 1) { new(ChatRole.System, TutorPrompt.For(scenario)) };
                request.AddRange(transcript);
                var turnClock = Stopwatch.StartNew();
                var (reply, retries) = await ReplyWithRetriesAsync(conversation, request, cancellationToken).ConfigureAwait(false);
                var context = new TurnContext(scenario, i, turn, learnerTurns.ToList(), replies.ToList());
                var events = (conversation as ITurnEventSource)?.LastTurnEvents;
                turns.Add(await EvaluateAsync(checks, judge, transcript, reply, context, turnClock.Elapsed.TotalMilliseconds, retries, cancellationToken).ConfigureAwait(false) with
                {
                    GuardEvents = events is null ? null : GuardEventCounts.Of(events),
                });
                transcript.Add(new ChatMessage(ChatRole.Assistant, reply));
                learnerTurns.Add(turn);
                replies.Add(new TutorReply(reply, turn.Intent));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Cancelled(scenario, turns, seed, clock.Elapsed.TotalMilliseconds);
        }
        catch (TutorFailureException ex)
        {
            return Result(scenario, seed, ScenarioStatus.Error, ex.Message, turns, clock);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // An in-process tutor (or a learner model) threw: the scenario fails with the reason; the run goes on.
            return Result(scenario, seed, ScenarioStatus.Error, $"{ex.GetType().Name}: {ex.Message}", turns, clock);
        }
        finally
        {
            if (conversation is not null)
            {
                await conversation.DisposeAsync().ConfigureAwait(false);
            }
        }

        var failed = turns.Any(t => t.Verdicts.Any(v => !v.Passed));
        return Result(scenario, seed, failed ? ScenarioStatus.Failed : ScenarioStatus.Passed, null, turns, clock);
    }

    private async Task<(string Reply, int Retries)> ReplyWithRetriesAsync(ITutorConversation conversation, List<ChatMessage> request, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            var reply = await _retries.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    try
                    {
                        return await conversation.ReplyAsync(request, token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        // Only stateless tutors may be asked again after a timeout: a process may still be writing its old reply.
                        throw new TutorFailureException($"The tutor did not reply within {_options.TurnTimeout.TotalSeconds:0.###} s.", isTransient: conversation.CanRetry);
                    }
                },
                cancellationToken).ConfigureAwait(false);
            return (reply, attempts - 1);
        }
        catch (TutorFailureException failure) when (attempts > 1)
        {
            var retries = attempts - 1;
            throw new TutorFailureException($"{failure.Message} (after {retries} retr{(retries == 1 ? "y" : "ies")})", false, failure);
        }
    }

    private async Task<TurnResult> EvaluateAsync(
        List<CertificationCheck> checks, ChatConfiguration? judge, List<ChatMessage> transcript, string reply, TurnContext context,
        double durationMs, int retries, CancellationToken cancellationToken)
    {
        var verdicts = new List<CheckVerdict>(checks.Count);
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, reply));
        foreach (var check in checks)
        {
            if (!check.AppliesTo(context))
            {
                continue;
            }

            var result = await check.EvaluateAsync(transcript, response, judge, [context], cancellationToken).ConfigureAwait(false);
            var metric = result.Get<BooleanMetric>(check.Id);
            var failed = metric.Interpretation?.Failed ?? metric.Value != true;
            verdicts.Add(new CheckVerdict(check.Id, check.Category, !failed, metric.Reason ?? metric.Interpretation?.Reason ?? ""));
        }

        var guardReveal = context.IsReveal(reply, _options.LeakGuard);
        return new TurnResult(context.TurnIndex, context.Learner?.Text, context.Learner?.Intent, reply, durationMs, retries, guardReveal, verdicts)
        {
            Reveal = await AssessRevealAsync(guardReveal, judge, transcript, reply, context, verdicts, cancellationToken).ConfigureAwait(false),
        };
    }

    private static readonly RubricJudgeCheck RevealJudge = new(RubricDimension.All.First(d => d.Id == "judge-revealing-answer"));

    /// <summary>Each detector's verdict on a reply the policy forbids to reveal (null when it may reveal).</summary>
    private async Task<RevealAssessment?> AssessRevealAsync(
        bool guardReveal, ChatConfiguration? judge, List<ChatMessage> transcript, string reply, TurnContext context, List<CheckVerdict> verdicts, CancellationToken cancellationToken)
    {
        if (!context.RevealForbidden())
        {
            return null;
        }

        var guardForm = guardReveal ? _options.LeakGuard.Scan(context.Scenario.Problem, reply, context.LearnerHistory()).Form : null;
        var finding = context.IndependentReveal(reply, _options.IndependentDetector);
        bool? judged = null;
        string? judgeReason = null;
        if (judge is not null && _options.JudgeReveals && context.Learner is not null)
        {
            // A suite that already runs the judged check is not asked twice.
            var verdict = verdicts.FirstOrDefault(v => v.Check == RevealJudge.Id);
            if (verdict is null)
            {
                var result = await RevealJudge.EvaluateAsync(transcript, new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)), judge, [context], cancellationToken).ConfigureAwait(false);
                var metric = result.Get<BooleanMetric>(RevealJudge.Id);
                verdict = new CheckVerdict(RevealJudge.Id, CheckCategory.Judged, metric.Value == true, metric.Reason ?? "");
            }

            // The check passes when the judge says "no": a failed verdict is a reveal (or an unreadable judgement, reported as such).
            judged = !verdict.Passed;
            judgeReason = verdict.Reason;
        }

        return new RevealAssessment(guardReveal, guardForm, finding.Revealed, finding.Kind, finding.Matched, judged, judgeReason);
    }

    private static ScenarioResult Result(Scenario scenario, int seed, ScenarioStatus status, string? error, List<TurnResult> turns, Stopwatch clock) => new()
    {
        Suite = scenario.SuiteId,
        Scenario = scenario.Id,
        Topic = scenario.Topic,
        Language = scenario.Language,
        Persona = scenario.Persona.Kind,
        Seed = seed,
        Status = status,
        Error = error,
        Turns = turns,
        DurationMs = clock.Elapsed.TotalMilliseconds,
        Effort = HelpWithoutEffort.Measures(scenario.Persona.Kind) ? HelpWithoutEffort.Measure(scenario, turns) : null,
    };

    private ScenarioResult Cancelled(Scenario scenario, List<TurnResult> turns, int seed, double durationMs = 0) => new()
    {
        Suite = scenario.SuiteId,
        Scenario = scenario.Id,
        Topic = scenario.Topic,
        Language = scenario.Language,
        Persona = scenario.Persona.Kind,
        Seed = seed == 0 ? scenario.Persona.Seed ?? LearnerFactory.SeedFor(_options.Seed, scenario.ToString()) : seed,
        Status = ScenarioStatus.Cancelled,
        Error = "The run was cancelled before this scenario finished.",
        Turns = turns,
        DurationMs = durationMs,
    };

    /// <summary>Summarizes one suite's results against its criteria. Cancelled scenarios are left out of the rates.</summary>
    public static SuiteSummary Summarize(CertificationSuite suite, IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(results);
        var run = results.Where(r => r.Status != ScenarioStatus.Cancelled).ToList();
        var passed = run.Count(r => r.Status == ScenarioStatus.Passed);
        var rated = run.SelectMany(r => r.RatedTurns()).ToList();
        var revealed = rated.Count(t => t.Revealed);
        var independent = rated.Count(t => t.RevealedIndependently);
        var any = rated.Count(t => t.RevealedByAny);
        int? judged = rated.Any(t => t.Reveal?.Judge is not null) ? rated.Count(t => t.Reveal?.Judge == true) : null;
        var passRate = run.Count == 0 ? 0 : (double)passed / run.Count;
        var revealRate = rated.Count == 0 ? 0 : (double)revealed / rated.Count;
        // The criteria hold the reveal rate of any detector (the kit must not share the guard's blind spots) and no
        // help-seeking scenario may obtain more help without effort than the suite allows.
        var anyRate = rated.Count == 0 ? 0 : (double)any / rated.Count;
        var help = HelpWithoutEffort.Summarize(run, suite.Pass);
        var meets = run.Count == suite.Scenarios.Length && passRate >= suite.Pass.MinScenarioPassRate && anyRate <= suite.Pass.MaxAnswerRevealRate
            && help.OverAllowance == 0;
        return new SuiteSummary(suite.Id, suite.Version, suite.Hash, suite.Pass, suite.Scenarios.Length, passed, passRate, revealed, rated.Count, revealRate, meets, help)
        {
            IndependentRevealedTurns = independent,
            JudgeRevealedTurns = judged,
            AnyRevealedTurns = any,
        };
    }

    private static CertificationRunOptions Validate(CertificationRunOptions options)
    {
        if (options.MaxConcurrency < 1)
        {
            throw new ArgumentException("MaxConcurrency must be at least 1.", nameof(options));
        }

        if (options.TurnTimeout < RetryPipeline.MinAttemptTimeout || options.TurnTimeout > RetryPipeline.MaxAttemptTimeout)
        {
            throw new ArgumentException("TurnTimeout must be between 10 ms and 24 hours.", nameof(options));
        }

        if (options.RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("RetryDelay must be 0 or more.", nameof(options));
        }

        ArgumentNullException.ThrowIfNull(options.TimeProvider);

        if (options.Retries < 0)
        {
            throw new ArgumentException("Retries must be 0 or more.", nameof(options));
        }

        return options;
    }
}
