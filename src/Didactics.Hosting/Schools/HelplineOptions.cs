namespace Didactics.Hosting;

/// <summary>A helpline named in the safeguarding reply.</summary>
public sealed class HelplineOptions
{
    /// <summary>The name, e.g. <c>De Kindertelefoon</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The phone number, e.g. <c>0800-0432</c>.</summary>
    public string? Phone { get; set; }

    /// <summary>The website or chat address.</summary>
    public string? Url { get; set; }
}
