namespace Didactics;

/// <summary>A classification with the reason for it, for logs, audits and tests.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="Rule">What decided it: <c>injection: &lt;pattern&gt;</c>, <c>verdict: correct</c>, <c>off-topic: …</c>, …</param>
/// <param name="Diagnosis">For an incorrect attempt that matches a known misconception, the diagnosis from the verdict.</param>
public readonly record struct SignalClassification(LearnerSignal Signal, string Rule, string? Diagnosis = null);
