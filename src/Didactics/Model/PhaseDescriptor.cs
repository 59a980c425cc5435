using System.Collections.Immutable;

namespace Didactics;

/// <summary>One phase of a strategy.</summary>
/// <param name="Name">The phase name.</param>
/// <param name="Move">What the phase does didactically.</param>
/// <param name="IsStart">True for the start phase.</param>
/// <param name="IsTerminal">True when the session ends in this phase.</param>
/// <param name="Template">The model-facing instruction template source, or null.</param>
/// <param name="Content">The authored content template sources.</param>
public sealed record PhaseDescriptor(
    string Name,
    PhaseMove Move,
    bool IsStart,
    bool IsTerminal,
    string? Template,
    ImmutableArray<string> Content);
