namespace Didactics.SourceGeneration;

/// <summary>
/// The runtime enums' member names, indexed by value, read from the Roslyn components' one copy of those enums
/// (<see cref="MoveKind"/>, <see cref="SignalKind"/>, <see cref="DisclosureKind"/>). Attribute arguments arrive as ints;
/// these names turn them back into readable generated code. <c>EnumDriftTests</c> compares them with the runtime enums.
/// </summary>
internal static class KnownEnums
{
    public static readonly string[] PhaseMove = NamesOf<MoveKind>();

    public static readonly string[] LearnerSignal = NamesOf<SignalKind>();

    public static readonly string[] Disclosure = NamesOf<DisclosureKind>();

    /// <summary>The C# expression for <paramref name="value"/> of the enum <paramref name="enumName"/> (a cast when the value has no name).</summary>
    public static string Format(string enumName, string[] names, int value) =>
        value >= 0 && value < names.Length
            ? "global::Didactics." + enumName + "." + names[value]
            : "(global::Didactics." + enumName + ")(" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    private static string[] NamesOf<TEnum>()
        where TEnum : struct, System.Enum
    {
        // The values are 0..n-1 (the drift test checks the runtime's are); Enum.GetValues returns them in value order.
        var values = (TEnum[])System.Enum.GetValues(typeof(TEnum));
        var names = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            names[i] = values[i].ToString();
        }

        return names;
    }
}
