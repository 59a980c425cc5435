namespace Didactics.SourceGeneration;

/// <summary>
/// What the parser produced for one <c>[Strategy]</c> class: the spec (null when the class cannot be generated),
/// the diagnostics, and what the cross-strategy checks need (name, class, locations).
/// </summary>
internal sealed record StrategyParseResult(
    StrategySpec? Spec,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string? StrategyName,
    string ClassDisplayName,
    string ClassName,
    LocationInfo? StrategyNameLocation)
{
    /// <summary>The full paths of the template files this strategy's phases read (set by the resolve step).</summary>
    public EquatableArray<string> UsedTemplateFiles { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The strategy file's path for a <c>*.strategy.sbn</c> strategy; null for an attributed class.</summary>
    public string? FilePath { get; init; }

    /// <summary>What identifies this strategy's declaration: the file path, or the class name for an attributed class.</summary>
    public string Origin => FilePath ?? ClassDisplayName;
}

/// <summary>The name-related facts of one strategy, collected across the compilation.</summary>
/// <param name="StrategyName">The strategy name, or null when it could not be read.</param>
/// <param name="ClassDisplayName">The generated (or attributed) class's full name.</param>
/// <param name="ClassName">The class's simple name.</param>
/// <param name="Origin">The declaration's identity: the strategy file's path, or the class's full name.</param>
internal sealed record StrategyNameEntry(string? StrategyName, string ClassDisplayName, string ClassName, string Origin);

/// <summary>The final per-strategy result: the spec to emit (null on any error) and every diagnostic.</summary>
/// <param name="Spec">The spec, or null when nothing is emitted.</param>
/// <param name="Diagnostics">Diagnostics to report.</param>
/// <param name="RegistrationMethodName">The generated DI method's name (unique in the assembly).</param>
/// <param name="ExtensionsClassName">The generated DI class's name (unique per assembly).</param>
internal sealed record StrategyOutputSpec(
    StrategySpec? Spec,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string RegistrationMethodName,
    string ExtensionsClassName);

/// <summary>What the source output step receives.</summary>
internal sealed record StrategyEmitSpec(StrategySpec Spec, string RegistrationMethodName, string ExtensionsClassName);

/// <summary>One strategy in the generated all-strategies registration method.</summary>
internal sealed record RegistrationEntry(string StrategyName, string FullyQualifiedName, string MethodName, string ExtensionsClassName);
