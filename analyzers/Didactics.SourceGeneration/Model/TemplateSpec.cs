namespace Didactics.SourceGeneration.Model
{
    /// <summary>A template source and the C# statements it compiles to.</summary>
    /// <param name="Source">The Scriban source, kept in the descriptor for the transparency card.</param>
    /// <param name="Code">C# statement lines over <c>model</c> and <c>output</c>; leading spaces give the relative indentation.</param>
    internal sealed record TemplateSpec(string Source, EquatableArray<string> Code);
}
