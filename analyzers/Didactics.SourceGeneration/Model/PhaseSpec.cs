namespace Didactics.SourceGeneration;

/// <summary>One declared phase.</summary>
/// <param name="Name">The phase name.</param>
/// <param name="Move">The <c>PhaseMove</c> value as declared (an int; see <c>KnownEnums</c>).</param>
/// <param name="IsStart">True for the start phase.</param>
/// <param name="IsTerminal">True for a terminal phase.</param>
/// <param name="Template">The compiled instruction template, or null.</param>
/// <param name="Content">The compiled authored-content templates.</param>
/// <param name="NameLocation">Where the phase name argument is written.</param>
internal sealed record PhaseSpec(
    string Name,
    int Move,
    bool IsStart,
    bool IsTerminal,
    TemplateSpec? Template,
    EquatableArray<TemplateSpec> Content,
    LocationInfo? NameLocation);
