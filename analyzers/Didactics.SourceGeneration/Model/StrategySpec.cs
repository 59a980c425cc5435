namespace Didactics.SourceGeneration;

/// <summary>Everything the emitter needs to generate one strategy, as plain values.</summary>
/// <param name="Namespace">The containing namespace, or null for the global namespace.</param>
/// <param name="ClassName">The class name.</param>
/// <param name="Accessibility">The C# accessibility keyword of the class (<c>public</c> or <c>internal</c>).</param>
/// <param name="IsPartial">True when every declaration of the class is partial.</param>
/// <param name="Name">The strategy name from <c>[Strategy]</c>.</param>
/// <param name="Description">The description, or null.</param>
/// <param name="Preamble">The preamble, or null.</param>
/// <param name="Phases">The phases in declaration order.</param>
/// <param name="Transitions">The transitions in declaration order.</param>
/// <param name="AnswerPolicy">The answer policy, or null when none is declared.</param>
/// <param name="Hints">The hint ladder in declaration order.</param>
/// <param name="HasParameterlessConstructor">True when generated code can call <c>new X()</c>.</param>
/// <param name="ModelMembers">The <c>Didactics.TurnModel</c> members templates may use, read from the compilation.</param>
/// <param name="EmitServiceRegistration">True when the compilation can see <c>IServiceCollection</c>.</param>
internal sealed record StrategySpec(
    string? Namespace,
    string ClassName,
    string Accessibility,
    bool IsPartial,
    string Name,
    string? Description,
    string? Preamble,
    EquatableArray<PhaseSpec> Phases,
    EquatableArray<TransitionSpec> Transitions,
    AnswerPolicySpec? AnswerPolicy,
    EquatableArray<string> Hints,
    bool HasParameterlessConstructor,
    EquatableArray<ModelMemberSpec> ModelMembers,
    bool EmitServiceRegistration)
{
    /// <summary>With <c>[EffortGate]</c>: the genuine attempts required before each next level of help; otherwise null.</summary>
    public int? EffortGateMinAttempts { get; init; }

    /// <summary>The keyword the generated partial declaration uses: <c>class</c>, or <c>record</c> for a <c>partial record</c> strategy.</summary>
    public string TypeKeyword { get; init; } = "class";

    /// <summary>The fully qualified name with the <c>global::</c> prefix.</summary>
    public string FullyQualifiedName => Namespace is null ? "global::" + ClassName : "global::" + Namespace + "." + ClassName;

    /// <summary>The metadata-style name used for hint names and messages.</summary>
    public string DisplayName => Namespace is null ? ClassName : Namespace + "." + ClassName;
}
