using System.Collections.Immutable;

namespace Didactics;

/// <summary>The kind of a reference answer; it selects how the answer checker compares.</summary>
public enum AnswerKind
{
    /// <summary>A number (integers, decimals, fractions and percentages are compared as values).</summary>
    Number = 0,

    /// <summary>A fraction; compared as a value like <see cref="Number"/>.</summary>
    Fraction = 1,

    /// <summary>An expression or equation such as <c>x = 4</c>; the value on the right-hand side is compared.</summary>
    Expression = 2,

    /// <summary>Free text, compared after normalization (case, accents, white space) with a small edit distance.</summary>
    Text = 3,

    /// <summary>A multiple-choice option letter such as <c>B</c>.</summary>
    MultipleChoice = 4,
}

/// <summary>One accepted answer to a problem.</summary>
/// <param name="Value">The answer as written, e.g. <c>3/4</c>.</param>
/// <param name="Kind">How it is compared.</param>
public sealed record ReferenceAnswer(string Value, AnswerKind Kind = AnswerKind.Number);

/// <summary>A known misconception: a learner answer that matches <paramref name="Pattern"/> gets <paramref name="Diagnosis"/>.</summary>
/// <param name="Pattern">An answer value (compared like a reference answer) that reveals the misconception.</param>
/// <param name="Diagnosis">What the learner probably did, told to the model instead of the answer.</param>
public sealed record Misconception(string Pattern, string Diagnosis);

/// <summary>A problem a learner works on.</summary>
public sealed record Problem
{
    /// <summary>Creates a problem.</summary>
    [System.Text.Json.Serialization.JsonConstructor]
    public Problem(string id, string statement, ImmutableArray<ReferenceAnswer> answers)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A problem needs a non-empty id.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(statement))
        {
            throw new ArgumentException($"Problem '{id}' needs a non-empty statement.", nameof(statement));
        }

        if (answers.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"Problem '{id}' needs at least one reference answer.", nameof(answers));
        }

        Id = id;
        Statement = statement;
        Answers = answers;
    }

    /// <summary>Creates a problem with one reference answer.</summary>
    public Problem(string id, string statement, string answer, AnswerKind kind = AnswerKind.Number)
        : this(id, statement, ImmutableArray.Create(new ReferenceAnswer(answer, kind)))
    {
    }

    /// <summary>A stable identifier.</summary>
    public string Id { get; init; }

    /// <summary>The statement shown to the learner.</summary>
    public string Statement { get; init; }

    /// <summary>The accepted answers (at least one).</summary>
    public ImmutableArray<ReferenceAnswer> Answers { get; init; }

    /// <summary>The language of the problem as an IETF tag, e.g. <c>en</c> or <c>nl</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Problem-specific hints, general to specific; they take precedence over the strategy's ladder.</summary>
    public ImmutableArray<string> Hints { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Known misconceptions.</summary>
    public ImmutableArray<Misconception> Misconceptions { get; init; } = ImmutableArray<Misconception>.Empty;

    /// <summary>Skills the problem exercises (for the learner model).</summary>
    public ImmutableArray<string> Skills { get; init; } = ImmutableArray<string>.Empty;
}
