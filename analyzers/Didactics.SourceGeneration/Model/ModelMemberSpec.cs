namespace Didactics.SourceGeneration;

/// <summary>The kind of a template model member, as far as the compiled renderer is concerned.</summary>
internal enum ModelMemberKind
{
    String,
    Int32,
    Boolean,
    Double,
    Unsupported,
}

/// <summary>One readable member of <c>Didactics.TurnModel</c>.</summary>
/// <param name="Name">The member name as written (PascalCase).</param>
/// <param name="Kind">Its kind.</param>
internal sealed record ModelMemberSpec(string Name, ModelMemberKind Kind);
