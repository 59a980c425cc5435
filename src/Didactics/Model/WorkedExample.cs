using System.Collections.Immutable;

namespace Didactics;

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
