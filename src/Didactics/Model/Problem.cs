using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Didactics;

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
