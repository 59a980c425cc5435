namespace Didactics;

/// <summary>A known misconception: a learner answer that matches <paramref name="Pattern"/> gets <paramref name="Diagnosis"/>.</summary>
/// <param name="Pattern">An answer value (compared like a reference answer) that reveals the misconception.</param>
/// <param name="Diagnosis">What the learner probably did, told to the model instead of the answer.</param>
public sealed record Misconception(string Pattern, string Diagnosis);
