using System.Text;

namespace Didactics;

/// <summary>
/// A compiled didactic strategy. Implemented by the source generator for every class marked with
/// <see cref="StrategyAttribute"/> (and every <c>*.strategy.sbn</c> file); the state machine and the template
/// renderers are plain generated code, so nothing is reflected over at run time.
/// </summary>
public interface IStrategy
{
    /// <summary>The strategy's data form (phases, transitions, policy, hints).</summary>
    StrategyDescriptor Descriptor { get; }

    /// <summary>
    /// The phase that <paramref name="signal"/> leads to from <paramref name="phase"/>, or -1 when no transition
    /// applies (the session then stays in its phase).
    /// </summary>
    int NextPhase(int phase, LearnerSignal signal);

    /// <summary>Renders the model-facing instruction of <paramref name="phase"/>. Writes nothing when the phase has no template.</summary>
    void RenderInstructions(int phase, TurnModel model, StringBuilder output);

    /// <summary>
    /// Renders authored content variant <paramref name="variant"/> of <paramref name="phase"/> (taken modulo the
    /// number of variants). Returns false, writing nothing, when the phase has no authored content.
    /// </summary>
    bool RenderContent(int phase, int variant, TurnModel model, StringBuilder output);
}
