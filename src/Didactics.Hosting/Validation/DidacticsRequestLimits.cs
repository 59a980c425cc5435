namespace Didactics.Hosting;

/// <summary>
/// Size limits of request bodies and of every field in them (<see cref="DidacticsHostingOptions.Limits"/>). Lengths of
/// text fields are counted like <see cref="DidacticsHostingOptions.MaxMessageLength"/>: in text elements (what a reader
/// sees as one character, so an emoji counts once), where a text element built from more than
/// <see cref="MaxCodePointsPerCharacter"/> code points (stacked combining marks) counts once per that many code points started.
/// </summary>
public sealed class DidacticsRequestLimits
{
    /// <summary>The largest request body accepted, in bytes (default 256 KiB); larger bodies get 413 before they are read.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The longest inline problem statement (default 4000).</summary>
    public int MaxStatementLength { get; set; } = 4000;

    /// <summary>The most accepted answers of an inline problem (default 20).</summary>
    public int MaxAnswers { get; set; } = 20;

    /// <summary>The longest accepted answer of an inline problem (default 200).</summary>
    public int MaxAnswerLength { get; set; } = 200;

    /// <summary>The most hints of an inline problem (default 20).</summary>
    public int MaxHints { get; set; } = 20;

    /// <summary>The longest hint of an inline problem (default 1000).</summary>
    public int MaxHintLength { get; set; } = 1000;

    /// <summary>The code points one text element may use before it counts as more than one character (default 16).</summary>
    public int MaxCodePointsPerCharacter { get; set; } = 16;
}
