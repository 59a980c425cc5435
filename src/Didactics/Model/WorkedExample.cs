using System.Collections.Immutable;

namespace Didactics;

/// <summary>A fully worked sibling problem: its statement and its solution steps, the last one giving its result.</summary>
/// <param name="Statement">The sibling problem's statement.</param>
/// <param name="Steps">The solution steps, in order.</param>
public sealed record WorkedExample(string Statement, ImmutableArray<string> Steps)
{
    // Both forms, made on first use: every turn on a problem with a sibling puts both into the turn model. A copy made
    // with `with` copies this field too, so the forms are kept with the statement and steps they were made from.
    private Rendering? _rendering;

    /// <summary>The example as shown to the learner: the statement, then the numbered steps.</summary>
    public string Render() => Rendered().Full;

    /// <summary>The example with its last step replaced by a blank for the learner to fill in.</summary>
    public string RenderFaded() => Rendered().Faded;

    /// <inheritdoc />
    public bool Equals(WorkedExample? other) =>
        other is not null && Statement == other.Statement
        && (Steps.IsDefaultOrEmpty ? other.Steps.IsDefaultOrEmpty : !other.Steps.IsDefault && Steps.AsSpan().SequenceEqual(other.Steps.AsSpan()));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Statement, Steps.IsDefault ? 0 : Steps.Length);

    private Rendering Rendered()
    {
        var rendering = _rendering;
        if (rendering is null || !ReferenceEquals(rendering.Statement, Statement) || rendering.Steps != Steps)
        {
            // A race between threads at worst renders twice; both results are equal.
            rendering = new Rendering(Statement, Steps, Render(faded: false), Render(faded: true));
            _rendering = rendering;
        }

        return rendering;
    }

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

    private sealed class Rendering(string statement, ImmutableArray<string> steps, string full, string faded)
    {
        public string Statement { get; } = statement;

        public ImmutableArray<string> Steps { get; } = steps;

        public string Full { get; } = full;

        public string Faded { get; } = faded;
    }
}
