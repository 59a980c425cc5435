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
