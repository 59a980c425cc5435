using System.Collections.Immutable;

namespace Didactics.Hosting;

/// <summary>The result of redacting a text.</summary>
/// <param name="Text">The text with every finding replaced by a placeholder such as <c>[phone]</c>.</param>
/// <param name="Findings">What was replaced, by kind (never the values).</param>
public sealed record RedactionResult(string Text, ImmutableArray<PersonalDataKind> Findings)
{
    /// <summary>True when anything was replaced.</summary>
    public bool Redacted => !Findings.IsDefaultOrEmpty;
}
