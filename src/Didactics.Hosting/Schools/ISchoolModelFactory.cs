using Microsoft.Extensions.AI;

namespace Didactics.Hosting;

/// <summary>Creates the chat client of a school's model. Replace it to add providers or to test without a network.</summary>
public interface ISchoolModelFactory
{
    /// <summary>Creates a client for <paramref name="model"/> with <paramref name="apiKey"/> (null when the school names no key).</summary>
    IChatClient Create(SchoolModelOptions model, string? apiKey);
}
