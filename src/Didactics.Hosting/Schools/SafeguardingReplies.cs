namespace Didactics.Hosting;

/// <summary>
/// The fixed, caring replies to a safeguarding disclosure: no model writes them. They take the learner seriously, point
/// to a trusted adult and name the school's helplines (by default 113 Zelfmoordpreventie and De Kindertelefoon).
/// </summary>
public static class SafeguardingReplies
{
    /// <summary>The helplines used when a school configures none.</summary>
    public static IReadOnlyList<HelplineOptions> DefaultHelplines { get; } =
    [
        new() { Name = "113 Zelfmoordpreventie", Phone = "113 or 0800-0113", Url = "https://www.113.nl" },
        new() { Name = "De Kindertelefoon", Phone = "0800-0432", Url = "https://www.kindertelefoon.nl" },
    ];

    /// <summary>The reply for <paramref name="category"/> in the session language (Dutch for <c>nl</c>, English otherwise).</summary>
    public static string Reply(SafeguardingCategory category, string language, SchoolOptions? school)
    {
        var dutch = language.StartsWith("nl", StringComparison.OrdinalIgnoreCase);
        IEnumerable<HelplineOptions> lines = school is { Helplines.Count: > 0 } ? school.Helplines : DefaultHelplines;
        var helplines = string.Join(dutch ? " of " : " or ", lines.Select(h => Describe(h, dutch)));
        var opening = (category, dutch) switch
        {
            (SafeguardingCategory.SelfHarm, false) => "I'm really glad you told me this. What you are feeling matters, and you don't have to deal with it alone.",
            (SafeguardingCategory.SelfHarm, true) => "Fijn dat je dit vertelt. Wat je voelt is belangrijk, en je hoeft het niet alleen te doen.",
            (SafeguardingCategory.Abuse, false) => "Thank you for telling me. Nobody is allowed to hurt you, and it is not your fault.",
            (SafeguardingCategory.Abuse, true) => "Dank je dat je dit vertelt. Niemand mag jou pijn doen, en het is niet jouw schuld.",
            (_, false) => "Thank you for telling me. Being treated like that is not okay, and it is not your fault.",
            (_, true) => "Dank je dat je dit vertelt. Zo behandeld worden is niet oké, en het is niet jouw schuld.",
        };
        return dutch
            ? $"{opening} Ik ben een oefenprogramma en kan je hier niet goed mee helpen, maar mensen wel. Praat er vandaag nog over met een volwassene die je vertrouwt, zoals je mentor, een leraar of je ouders. Je kunt ook anoniem en gratis praten met {helplines}. Als je in direct gevaar bent, bel 112. Je leraar krijgt een seintje dat je misschien even wilt praten."
            : $"{opening} I'm a practice program and can't help with this the way a person can. Please talk to a trusted adult today, such as your mentor, a teacher or a parent. You can also talk for free and anonymously with {helplines}. If you are in danger right now, call 112. Your teacher gets a note that you may want to talk.";
    }

    private static string Describe(HelplineOptions helpline, bool dutch)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(helpline.Phone))
        {
            parts.Add((dutch ? "bel " : "call ") + helpline.Phone.Replace(" or ", dutch ? " of " : " or ", StringComparison.Ordinal));
        }

        if (!string.IsNullOrWhiteSpace(helpline.Url))
        {
            parts.Add(helpline.Url);
        }

        return parts.Count == 0 ? helpline.Name ?? "" : $"{helpline.Name} ({string.Join(", ", parts)})";
    }
}
