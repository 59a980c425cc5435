namespace Didactics.SourceGeneration;

/// <summary>A declared answer policy.</summary>
/// <param name="Disclosure">The <c>Disclosure</c> value as an int.</param>
/// <param name="MinAttempts">The <c>MinAttempts</c> named argument (0 when not set).</param>
internal sealed record AnswerPolicySpec(int Disclosure, int MinAttempts);
