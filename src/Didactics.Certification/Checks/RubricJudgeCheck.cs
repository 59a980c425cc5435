using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Didactics.Certification;

/// <summary>
/// An optional model-judged check: a judge <see cref="IChatClient"/> (the <see cref="ChatConfiguration"/>) labels the
/// reply on one <see cref="RubricDimension"/>, answering with one JSON object <c>{"label": "...", "reason": "..."}</c>.
/// An unparsable judgement fails the check with the judge's text as the reason.
/// </summary>
public sealed class RubricJudgeCheck(RubricDimension dimension) : CertificationCheck
{
    /// <summary>The dimension judged.</summary>
    public RubricDimension Dimension { get; } = dimension ?? throw new ArgumentNullException(nameof(dimension));

    /// <inheritdoc />
    public override string Id => Dimension.Id;

    /// <inheritdoc />
    public override CheckCategory Category => CheckCategory.Judged;

    /// <inheritdoc />
    public override bool AppliesTo(TurnContext context) =>
        context.Learner is not null && (!Dimension.AfterMistakeOnly || context.Learner.Intent == LearnerSignal.IncorrectAttempt);

    /// <inheritdoc />
    protected override async ValueTask<(bool Passed, string Reason)> JudgeAsync(
        IEnumerable<ChatMessage> messages, string reply, TurnContext context, ChatConfiguration? chatConfiguration, CancellationToken cancellationToken)
    {
        if (chatConfiguration is null)
        {
            return (false, $"Check '{Id}' is model-judged and no judge chat client was configured (--judge-endpoint/--judge-model).");
        }

        var prompt = new StringBuilder()
            .AppendLine("You evaluate one reply of an AI tutor to a learner, on one dimension of a published tutor-evaluation rubric.")
            .Append("Problem: ").AppendLine(context.Scenario.Problem.Statement)
            .Append("Reference answer (never shown to the tutor): ").AppendLine(context.Scenario.Problem.Answers[0].Value)
            .AppendLine("Conversation:");
        foreach (var message in messages)
        {
            if (message.Role != ChatRole.System)
            {
                prompt.Append(message.Role == ChatRole.User ? "Learner: " : "Tutor: ").AppendLine(message.Text);
            }
        }

        prompt.Append("Tutor reply to evaluate: ").AppendLine(reply)
            .Append("Question: ").AppendLine(Dimension.Question)
            .Append("Answer with one JSON object and nothing else: {\"label\": one of ")
            .Append(string.Join(", ", Dimension.Labels.Select(l => "\"" + l + "\"")))
            .AppendLine(", \"reason\": \"one sentence\"}");

        var response = await chatConfiguration.ChatClient.GetResponseAsync(
            [new ChatMessage(ChatRole.User, prompt.ToString())],
            new ChatOptions { Temperature = 0 },
            cancellationToken).ConfigureAwait(false);
        var (label, reason) = Parse(response.Text);
        if (label is null || !Dimension.Labels.Contains(label))
        {
            return (false, $"The judge's answer could not be read as one of {string.Join("/", Dimension.Labels)}: '{Truncate(response.Text)}'.");
        }

        var passed = Dimension.Passing.Contains(label);
        return (passed, $"Judge: {label}. {reason}".Trim());
    }

    internal static (string? Label, string Reason) Parse(string text)
    {
        var start = text.IndexOf('{');
        var end = text.LastIndexOf('}');
        if (start >= 0 && end > start)
        {
            try
            {
                using var doc = JsonDocument.Parse(text[start..(end + 1)]);
                var label = doc.RootElement.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
                var reason = doc.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                return (label?.Trim().ToLowerInvariant(), reason ?? "");
            }
            catch (JsonException)
            {
                // Fall through: the judge did not produce valid JSON.
            }
        }

        return (null, "");
    }

    private static string Truncate(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
