using Microsoft.Extensions.AI;

namespace Didactics.Hosting;

/// <summary>
/// An optional safeguarding classifier that asks a model (the school's own, or a small local one) about messages the
/// deterministic rules let through. The rules run first and a disclosure they find stands, so the model can only add
/// recall; when the model fails or answers something unexpected, the rules' verdict is used. Register it as the
/// <see cref="ISafeguardingClassifier"/> (see docs/hosting.md); the message is sent to that model before redaction, so pick one the school
/// may send learner text to.
/// </summary>
public sealed class ChatClientSafeguardingClassifier : ISafeguardingClassifier
{
    private const string Instructions =
        "You screen messages a school pupil typed into a maths tutor. Decide whether the message discloses that the pupil "
        + "(or a friend) is at risk: self-harm or suicidal thoughts, abuse or not being safe at home, or being bullied. "
        + "Figures of speech (\"this homework is killing me\", \"ik schaam me dood\") and word problems are not disclosures. "
        + "Answer with exactly one word: self-harm, abuse, bullying or none.";

    private readonly IChatClient _client;
    private readonly ISafeguardingClassifier _rules;

    /// <summary>Creates the classifier over <paramref name="client"/>, after <paramref name="rules"/> (default <see cref="SafeguardingClassifier.Instance"/>).</summary>
    public ChatClientSafeguardingClassifier(IChatClient client, ISafeguardingClassifier? rules = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _rules = rules ?? SafeguardingClassifier.Instance;
    }

    /// <summary>How long the model may take before the rules' verdict is used (default 5 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public async ValueTask<SafeguardingVerdict> ClassifyAsync(string text, string language, CancellationToken cancellationToken = default)
    {
        var verdict = await _rules.ClassifyAsync(text, language, cancellationToken).ConfigureAwait(false);
        if (verdict.IsDisclosure)
        {
            return verdict;
        }

        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(Timeout);
            var response = await _client.GetResponseAsync(
                [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, text)],
                new ChatOptions { Temperature = 0, MaxOutputTokens = 5 },
                cts.Token).ConfigureAwait(false);
            var word = response.Text.Trim().Trim('.', '"', '\'').ToLowerInvariant();
            return word switch
            {
                "self-harm" or "selfharm" or "self harm" => new SafeguardingVerdict(SafeguardingCategory.SelfHarm, "model"),
                "abuse" => new SafeguardingVerdict(SafeguardingCategory.Abuse, "model"),
                "bullying" => new SafeguardingVerdict(SafeguardingCategory.Bullying, "model"),
                _ => verdict,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A classifier outage must not block tutoring: the deterministic verdict stands.
            return verdict;
        }
    }
}
