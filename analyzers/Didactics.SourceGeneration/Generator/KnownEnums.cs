namespace Didactics.SourceGeneration;

/// <summary>
/// The generator's copy of the runtime enums' member names, indexed by value. Attribute arguments arrive as ints;
/// these names turn them back into readable generated code. A test compares them with the runtime enums.
/// </summary>
internal static class KnownEnums
{
    public static readonly string[] PhaseMove = { "Elicit", "Probe", "Hint", "Feedback", "Example", "Redirect", "Consolidate", "Reveal" };

    public static readonly string[] LearnerSignal =
    {
        "Unclassified", "CorrectAttempt", "IncorrectAttempt", "AnswerRequest", "DontKnow", "OffTopic", "InjectionAttempt", "AuthorityPressure",
    };

    public static readonly string[] Disclosure = { "Never", "AfterAttempts", "OnRequest", "Always" };

    /// <summary>The C# expression for <paramref name="value"/> of the enum <paramref name="enumName"/> (a cast when the value has no name).</summary>
    public static string Format(string enumName, string[] names, int value) =>
        value >= 0 && value < names.Length
            ? "global::Didactics." + enumName + "." + names[value]
            : "(global::Didactics." + enumName + ")(" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
