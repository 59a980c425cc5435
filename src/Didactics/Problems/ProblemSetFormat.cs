namespace Didactics;

/// <summary>The file format of a problem set.</summary>
public enum ProblemSetFormat
{
    /// <summary>JSON (comments and trailing commas allowed).</summary>
    Json = 0,

    /// <summary>YAML 1.1 (one document).</summary>
    Yaml = 1,
}
