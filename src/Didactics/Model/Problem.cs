using System.Collections.Immutable;
using System.Text.Json.Serialization;

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

/// <summary>
/// A problem a learner works on: a statement, one or more reference answers, and the designer's didactic
/// material (worked steps, hints, skills, known misconceptions). Problems usually come from a problem-set file
/// (see <see cref="ProblemSet"/>). Two problems are equal when all their members are equal, element by element.
/// </summary>
public sealed record Problem
{
    /// <summary>Creates a problem.</summary>
    /// <exception cref="ArgumentException">The id or statement is empty, or there is no reference answer.</exception>
    [JsonConstructor]
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

    /// <summary>A stable identifier, unique within its problem set.</summary>
    public string Id { get; init; }

    /// <summary>The statement shown to the learner.</summary>
    public string Statement { get; init; }

    /// <summary>The accepted answers (at least one). The first is the canonical one.</summary>
    public ImmutableArray<ReferenceAnswer> Answers { get; init; }

    /// <summary>The language of the problem as an IETF tag, e.g. <c>en</c> or <c>nl</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// The worked solution, one step per element, for worked-example phases and for teachers. The last step
    /// usually states the answer, so steps never reach a model-facing prompt unless the answer policy allows it.
    /// </summary>
    public ImmutableArray<string> Steps { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>
    /// A worked example of a sibling problem (same method, other numbers) for worked-example strategies, or null.
    /// It is shown to the learner, so it must not solve this problem.
    /// </summary>
    public WorkedExample? Example { get; init; }

    /// <summary>Problem-specific hints, general to specific; when there are any, they are the whole hint ladder (the strategy's ladder is not used).</summary>
    public ImmutableArray<string> Hints { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Known misconceptions.</summary>
    public ImmutableArray<Misconception> Misconceptions { get; init; } = ImmutableArray<Misconception>.Empty;

    /// <summary>Skills the problem exercises (for the learner model).</summary>
    public ImmutableArray<string> Skills { get; init; } = ImmutableArray<string>.Empty;

    /// <inheritdoc />
    public bool Equals(Problem? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Statement == other.Statement && Language == other.Language
                && Same(Answers, other.Answers) && Same(Steps, other.Steps) && Same(Hints, other.Hints)
                && Same(Misconceptions, other.Misconceptions) && Same(Skills, other.Skills)
                && Equals(Example, other.Example)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Statement, Language, Answers.IsDefault ? 0 : Answers.Length);

    // ImmutableArray<T> compares by reference; problems compare element by element (a deserialized copy equals the original).
    private static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        a.IsDefaultOrEmpty ? b.IsDefaultOrEmpty : !b.IsDefault && a.AsSpan().SequenceEqual(b.AsSpan());
}

/// <summary>A fully worked sibling problem: its statement and its solution steps, the last one giving its result.</summary>
/// <param name="Statement">The sibling problem's statement.</param>
/// <param name="Steps">The solution steps, in order.</param>
public sealed record WorkedExample(string Statement, ImmutableArray<string> Steps)
{
    /// <summary>The example as shown to the learner: the statement, then the numbered steps.</summary>
    public string Render() => Render(faded: false);

    /// <summary>The example with its last step replaced by a blank for the learner to fill in.</summary>
    public string RenderFaded() => Render(faded: true);

    /// <inheritdoc />
    public bool Equals(WorkedExample? other) =>
        other is not null && Statement == other.Statement
        && (Steps.IsDefaultOrEmpty ? other.Steps.IsDefaultOrEmpty : !other.Steps.IsDefault && Steps.AsSpan().SequenceEqual(other.Steps.AsSpan()));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Statement, Steps.IsDefault ? 0 : Steps.Length);

    private string Render(bool faded)
    {
        var sb = new System.Text.StringBuilder(Statement.Length + 64);
        sb.Append(Statement);
        var steps = Steps.IsDefault ? ImmutableArray<string>.Empty : Steps;
        for (var i = 0; i < steps.Length; i++)
        {
            sb.Append('\n').Append(i + 1).Append(". ");
            sb.Append(faded && i == steps.Length - 1 ? "________" : steps[i]);
        }

        return sb.ToString();
    }
}
