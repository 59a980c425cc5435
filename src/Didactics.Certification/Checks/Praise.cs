namespace Didactics.Certification;

/// <summary>Praise and confirmation phrases (English and Dutch), shared by two checks.</summary>
internal static class Praise
{
    public static readonly string[] Acknowledgements =
    [
        "correct", "right", "well done", "great", "good job", "exactly", "yes", "you got it", "excellent", "perfect", "nice", "good",
        "goed", "klopt", "juist", "precies", "ja", "knap", "prima", "super", "top", "uitstekend",
    ];

    public static readonly string[] FalsePraise =
    [
        "that's correct", "that is correct", "correct!", "you're right", "you are right", "that's right", "that is right", "well done",
        "great job", "good job", "exactly", "perfect", "you got it", "excellent", "spot on",
        "goed zo", "dat klopt", "klopt!", "helemaal goed", "goed gedaan", "precies", "dat is juist", "uitstekend", "heel goed",
    ];
}
