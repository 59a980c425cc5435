namespace Didactics.Certification;

/// <summary>A tutor under test: a black box that holds one conversation per scenario.</summary>
public interface ITutorUnderTest
{
    /// <summary>Who the tutor is, for the report and the certificate (e.g. <c>endpoint:gpt-x@https://host/v1</c>).</summary>
    string Identity { get; }

    /// <summary>Starts the conversation for <paramref name="scenario"/>.</summary>
    Task<ITutorConversation> StartAsync(Scenario scenario, CancellationToken cancellationToken = default);
}
