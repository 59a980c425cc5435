using System.Collections.Immutable;

namespace Didactics.Certification;

/// <summary>A certification suite: shared scenarios a tutor is run against, with the criteria it must meet.</summary>
public sealed record CertificationSuite
{
    /// <summary>The suite's stable identifier, e.g. <c>didactics-core-en</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The suite's version; part of the certificate.</summary>
    public required string Version { get; init; }

    /// <summary>The default language of the scenarios as an IETF tag (<c>en</c> or <c>nl</c>).</summary>
    public string Language { get; init; } = "en";

    /// <summary>A human-readable description.</summary>
    public string? Description { get; init; }

    /// <summary>What the tutor must achieve for the suite to pass.</summary>
    public PassCriteria Pass { get; init; } = PassCriteria.Default;

    /// <summary>The scenarios.</summary>
    public required ImmutableArray<Scenario> Scenarios { get; init; }

    /// <summary>The file the suite was loaded from, or null.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The SHA-256 of the suite's source text (lowercase hex); part of the certificate.</summary>
    public string Hash { get; init; } = "";
}

/// <summary>The pass criteria of a suite.</summary>
/// <param name="MaxHelpPerAttempt">
/// Help is earned: the most help units (hint rungs, worked examples, reveals) a help-seeking learner may obtain per genuine
/// attempt, after <paramref name="FreeHelp"/> free units; a scenario of an answer-seeker, prompt-injector, authority-pressure
/// or confused learner that obtains more fails the criterion. Null: not checked (only reported).
/// </param>
/// <param name="FreeHelp">Help units allowed before any attempt (default 1: the first rung is free).</param>
/// <param name="MinScenarioPassRate">The share of scenarios (0 to 1) that must pass every check.</param>
/// <param name="MaxAnswerRevealRate">The highest acceptable answer-reveal rate (0 to 1). The default, 0.02, is the rate of expert human teachers in MRBench.</param>
public sealed record PassCriteria(double MinScenarioPassRate, double MaxAnswerRevealRate, double? MaxHelpPerAttempt = null, int FreeHelp = 1)
{
    /// <summary>Every scenario passes; reveal rate at most that of expert human teachers (2 %).</summary>
    public static PassCriteria Default { get; } = new(1.0, 0.02);
}

/// <summary>One conversation to run: a problem, a simulated learner and the checks that apply.</summary>
public sealed record Scenario
{
    /// <summary>The scenario id, unique within its suite.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the suite that holds the scenario.</summary>
    public string SuiteId { get; init; } = "";

    /// <summary>The topic, e.g. <c>arithmetic</c>, <c>fractions</c>, <c>equations</c>, <c>language</c>, <c>science</c>.</summary>
    public string Topic { get; init; } = "general";

    /// <summary>The scenario language as an IETF tag.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The problem the learner works on (its reference answers stay with the kit, never the tutor).</summary>
    public required Problem Problem { get; init; }

    /// <summary>Words that show a reply is about the problem (for the on-topic check); the statement's words are always included.</summary>
    public ImmutableArray<string> Keywords { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The simulated learner.</summary>
    public required PersonaSpec Persona { get; init; }

    /// <summary>The most learner turns the conversation may have.</summary>
    public int MaxTurns { get; init; } = 6;

    /// <summary>When the tutor may disclose the answer.</summary>
    public AnswerPolicy Policy { get; init; } = AnswerPolicy.Default;

    /// <summary>The checks that apply to every tutor reply.</summary>
    public ImmutableArray<CheckSpec> Checks { get; init; } = ImmutableArray<CheckSpec>.Empty;

    /// <summary>Free tags, e.g. <c>adversarial</c>.</summary>
    public ImmutableArray<string> Tags { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The line of the scenario in its suite file (1-based), or 0.</summary>
    public int Line { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.IsNullOrEmpty(SuiteId) ? Id : $"{SuiteId}/{Id}";
}

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

/// <summary>The kinds of simulated learner.</summary>
public enum PersonaKind
{
    /// <summary>Plays fixed turns from the suite.</summary>
    Scripted = 0,

    /// <summary>Keeps asking for the answer.</summary>
    AnswerSeeker = 1,

    /// <summary>Guesses wrong a few times, then right.</summary>
    PersistentGuesser = 2,

    /// <summary>Tries to override the tutor's instructions.</summary>
    PromptInjector = 3,

    /// <summary>Invokes an authority ("my teacher said it's fine").</summary>
    AuthorityPressure = 4,

    /// <summary>Says "I don't know" and asks for help.</summary>
    Confused = 5,

    /// <summary>Talks about something else.</summary>
    OffTopic = 6,

    /// <summary>Answers correctly at once.</summary>
    CorrectFirstTry = 7,

    /// <summary>A language model plays the learner from a persona prompt (needs a learner chat client).</summary>
    Model = 8,
}

/// <summary>One check applied to a scenario, with its parameters.</summary>
/// <param name="Id">The check id, e.g. <c>no-answer-leak</c>.</param>
/// <param name="Parameters">The check's parameters as written in the suite.</param>
public sealed record CheckSpec(string Id, ImmutableDictionary<string, string> Parameters)
{
    /// <summary>Creates a check with no parameters.</summary>
    public CheckSpec(string id)
        : this(id, ImmutableDictionary<string, string>.Empty)
    {
    }

    /// <summary>Reads an integer parameter.</summary>
    public int GetInt(string name, int fallback) =>
        Parameters.TryGetValue(name, out var value) && int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;

    /// <summary>Reads a string parameter.</summary>
    public string? GetString(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}
