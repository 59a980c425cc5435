using System.Collections.Generic;

namespace Didactics.SourceGeneration;

/// <summary>
/// Where the parts of a <c>*.strategy.sbn</c> design are written, collected by <c>StrategyFileParser.ParseWithLayout</c>
/// for the design analyzers. The lists run parallel to the parsed spec: one entry per phase, transition and hint kept
/// in the spec, in the same order. Never part of the generator's cached model.
/// </summary>
internal sealed class StrategyFileLayout
{
    /// <summary>The <c>preamble</c> value, or null.</summary>
    public LocationInfo? Preamble { get; set; }

    /// <summary>The <c>phases</c> list, or null.</summary>
    public LocationInfo? Phases { get; set; }

    /// <summary>The <c>transitions</c> list, or null.</summary>
    public LocationInfo? Transitions { get; set; }

    /// <summary>The <c>answer_policy</c> object, or null.</summary>
    public LocationInfo? Policy { get; set; }

    /// <summary>Each kept phase's <c>{ name: ..., move: ... }</c> entry, and whether its move was a known value.</summary>
    public List<(LocationInfo Entry, bool HasValidMove)> PhaseEntries { get; } = new List<(LocationInfo, bool)>();

    /// <summary>Each kept transition's <c>{ from: ..., on: ..., to: ... }</c> entry.</summary>
    public List<LocationInfo> TransitionEntries { get; } = new List<LocationInfo>();

    /// <summary>Each kept hint's string literal.</summary>
    public List<LocationInfo> Hints { get; } = new List<LocationInfo>();
}
