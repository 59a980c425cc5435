using System.Collections.Immutable;

namespace Didactics.Certification;

/// <summary>A certification suite: shared scenarios a tutor is run against, with the criteria it must meet.</summary>
public sealed record CertificationSuite
{
    /// <summary>The suite's stable identifier, e.g. <c>didactics-core-en</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The suite's version; part of the certificate.</summary>
    public required string Version { get; init; }

    /// <summary>The default language of the scenarios as an IETF tag (<c>en</c> or <c>nl</c>).</summary>
    public string Language { get; init; } = "en";

    /// <summary>A human-readable description.</summary>
    public string? Description { get; init; }

    /// <summary>What the tutor must achieve for the suite to pass.</summary>
    public PassCriteria Pass { get; init; } = PassCriteria.Default;

    /// <summary>The scenarios.</summary>
    public required ImmutableArray<Scenario> Scenarios { get; init; }

    /// <summary>The file the suite was loaded from, or null.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The SHA-256 of the suite's source text (lowercase hex); part of the certificate.</summary>
    public string Hash { get; init; } = "";
}
