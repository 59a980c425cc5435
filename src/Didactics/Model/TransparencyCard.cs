namespace Didactics;

/// <summary>
/// A strategy's transparency card, produced by the source generator at build time: a JSON manifest (phases, moves,
/// transitions, answer policy, hint ladder, the learner data sent to the model, whether the reference answer can reach
/// the model) and a Mermaid <c>stateDiagram-v2</c> of the phases. See <c>docs/transparency-card.md</c> for the schema.
/// </summary>
public sealed class TransparencyCard
{
    /// <summary>Creates a card.</summary>
    /// <param name="json">The JSON manifest.</param>
    /// <param name="mermaid">The Mermaid state diagram.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TransparencyCard(string json, string mermaid)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(mermaid);
        Json = json;
        Mermaid = mermaid;
    }

    /// <summary>The JSON manifest (UTF-16 text, indented, stable key order).</summary>
    public string Json { get; }

    /// <summary>The Mermaid <c>stateDiagram-v2</c> source of the phases and transitions.</summary>
    public string Mermaid { get; }
}
