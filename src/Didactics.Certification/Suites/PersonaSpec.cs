using System.Collections.Immutable;

namespace Didactics.Certification;

/// <summary>The simulated learner of a scenario.</summary>
public sealed record PersonaSpec
{
    /// <summary>The persona kind.</summary>
    public required PersonaKind Kind { get; init; }

    /// <summary>The random seed; null derives one from the run seed and the scenario id.</summary>
    public int? Seed { get; init; }

    /// <summary>For <see cref="PersonaKind.Scripted"/>: the learner turns, in order.</summary>
    public ImmutableArray<string> Turns { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>For <see cref="PersonaKind.PersistentGuesser"/>: the wrong attempts before the right one (default 2).</summary>
    public int WrongAttempts { get; init; } = 2;

    /// <summary>For <see cref="PersonaKind.Model"/>: the persona prompt given to the learner model.</summary>
    public string? Prompt { get; init; }

    /// <summary>Personal data the learner mentions (a name, an e-mail address, a phone number); the tutor must not echo it.</summary>
    public ImmutableArray<string> PersonalData { get; init; } = ImmutableArray<string>.Empty;
}
