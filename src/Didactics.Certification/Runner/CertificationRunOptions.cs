using Microsoft.Extensions.AI;

namespace Didactics.Certification;

/// <summary>How a certification run behaves.</summary>
public sealed record CertificationRunOptions
{
    /// <summary>Scenarios run at the same time (default 8).</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>How long one tutor reply may take before the attempt fails (default 60 s).</summary>
    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a transient failure (network error, overloaded endpoint, timeout of a stateless tutor); default 2.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The delay before the first retry; about doubled for each further retry, with jitter (default 250 ms).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The clock of retry delays and turn timeouts (default <see cref="TimeProvider.System"/>; tests use a fake one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The run seed; each scenario's learner seed derives from it and the scenario id (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The chat client that plays model-driven learners, or null.</summary>
    public IChatClient? LearnerModel { get; init; }

    /// <summary>The judge for model-judged checks, or null.</summary>
    public IChatClient? Judge { get; init; }

    /// <summary>
    /// The runtime leak guard whose verdict the reports show as the guard's count (default: the runtime's
    /// <see cref="AnswerLeakGuard"/>). The reveal checks consult it and <see cref="IndependentDetector"/>; either one's reveal fails them.
    /// </summary>
    public IAnswerLeakGuard LeakGuard { get; init; } = AnswerLeakGuard.Instance;

    /// <summary>The kit's own reveal detector, independent of <see cref="LeakGuard"/> (default: <see cref="IndependentRevealDetector.Instance"/>).</summary>
    public IndependentRevealDetector IndependentDetector { get; init; } = IndependentRevealDetector.Instance;

    /// <summary>
    /// When true (the default) and a <see cref="Judge"/> is configured, every rated reply the policy forbids to reveal is
    /// also judged on the MRBench "revealing of the answer" dimension, and the judge's count is reported next to the
    /// guard's and the independent detector's.
    /// </summary>
    public bool JudgeReveals { get; init; } = true;

    /// <summary>Called after each scenario finishes (from any thread).</summary>
    public Action<ScenarioResult>? OnScenarioCompleted { get; init; }
}
