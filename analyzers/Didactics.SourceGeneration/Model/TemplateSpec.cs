namespace Didactics.SourceGeneration.Model
{
    /// <summary>A template: its source, where it is declared, and (after the compile step) the C# statements it compiles to.</summary>
    /// <param name="Source">The Scriban source, kept in the descriptor for the transparency card.</param>
    /// <param name="Where">Names the template in messages, e.g. <c>phase 'Probe' (content 2)</c>.</param>
    /// <param name="Origin">Where each character of the template is written in the C# source, for precise diagnostics.</param>
    /// <param name="Code">
    /// C# statement lines over <c>model</c> and <c>output</c> (leading spaces give the relative indentation); null until
    /// the template is compiled, which happens in its own pipeline step so that unrelated edits never re-parse templates.
    /// </param>
    internal sealed record TemplateSpec(string Source, string Where, TemplateOrigin Origin, EquatableArray<string>? Code);

    /// <summary>Where a template's characters are in the C# source.</summary>
    /// <param name="Whole">The whole expression that holds the template (the fallback location).</param>
    /// <param name="Points">The source position of each template character, or empty when it cannot be mapped exactly.</param>
    internal sealed record TemplateOrigin(LocationInfo? Whole, EquatableArray<SourcePoint> Points);

    /// <summary>A position in a source file: absolute offset and 0-based line and column.</summary>
    internal readonly record struct SourcePoint(int Offset, int Line, int Column);
}
