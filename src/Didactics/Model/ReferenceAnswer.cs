namespace Didactics;

/// <summary>One accepted answer to a problem.</summary>
/// <param name="Value">The answer as written, e.g. <c>3/4</c>.</param>
/// <param name="Kind">How it is compared.</param>
public sealed record ReferenceAnswer(string Value, AnswerKind Kind = AnswerKind.Number);
