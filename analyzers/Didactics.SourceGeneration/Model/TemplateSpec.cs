namespace Didactics.SourceGeneration;

/// <summary>A template: its source, where it is declared, and (after the compile step) the C# statements it compiles to.</summary>
/// <param name="Source">The Scriban source, kept in the descriptor for the transparency card (empty until a file reference is resolved).</param>
/// <param name="Where">Names the template in messages, e.g. <c>phase 'Probe' (content 2)</c>.</param>
/// <param name="Origin">Where each character of the template is written (C# source or <c>.sbn</c> file), for precise diagnostics.</param>
/// <param name="Code">
/// C# statement lines over <c>model</c> and <c>output</c> (leading spaces give the relative indentation); null until
/// the template is compiled, which happens in its own pipeline step so that unrelated edits never re-parse templates.
/// </param>
/// <param name="File">The <c>.sbn</c> file the template is read from (<c>TemplateFile</c> / <c>ContentFiles</c>), or null for inline text.</param>
internal sealed record TemplateSpec(string Source, string Where, TemplateOrigin Origin, EquatableArray<string>? Code, TemplateFileReference? File = null)
{
    /// <summary>The <c>TurnModel</c> members the template reads (set by the compile step), for the transparency card.</summary>
    public EquatableArray<string> UsedMembers { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// True when the template uses a construct outside the compiled subset (DID1009, Info): the generator then
    /// emits a call to <c>Didactics.ScribanTemplateRenderer</c>, which renders it with Scriban at run time.
    /// </summary>
    public bool RenderWithScriban { get; init; }
}

/// <summary>A reference to a template file as written in an attribute.</summary>
/// <param name="Path">The path as written (matched by suffix against the AdditionalFiles).</param>
/// <param name="Location">Where the reference is written (DID1010 is reported here).</param>
internal sealed record TemplateFileReference(string Path, LocationInfo? Location);

/// <summary>Where a template's characters are.</summary>
/// <param name="Whole">The whole expression that holds the template (the fallback location), for C# sources.</param>
/// <param name="Points">The source position of each template character, or empty when it cannot be mapped exactly.</param>
/// <param name="FilePath">For a template read from a file: the file's path (positions are then the file's own lines and columns).</param>
/// <param name="FileLine">For a template read from a file: the 0-based line of the file where the template text starts.</param>
/// <param name="FileOffset">For a template read from a file: the character offset in the file where the template text starts.</param>
internal sealed record TemplateOrigin(LocationInfo? Whole, EquatableArray<SourcePoint> Points, string? FilePath = null, int FileLine = 0, int FileOffset = 0)
{
    /// <summary>The origin of a template that is a whole file or starts at the beginning of line <paramref name="line"/> of one.</summary>
    public static TemplateOrigin InFile(string path, int line = 0, int offset = 0) =>
        new TemplateOrigin(null, EquatableArray<SourcePoint>.Empty, path, line, offset);
}

/// <summary>A position in a source file: absolute offset and 0-based line and column.</summary>
internal readonly record struct SourcePoint(int Offset, int Line, int Column);

/// <summary>One <c>.sbn</c> template file of the project (an AdditionalFiles item), with its text.</summary>
/// <param name="Path">The full path as the compiler sees it.</param>
/// <param name="Text">The file's text.</param>
internal sealed record TemplateFileSpec(string Path, string Text);
