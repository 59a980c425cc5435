using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Didactics.Certification;

/// <summary>A model-judged rubric dimension, modelled on the MRBench tutor-evaluation dimensions.</summary>
/// <param name="Id">The check id, e.g. <c>judge-mistake-identification</c>.</param>
/// <param name="Question">The question the judge answers about the reply.</param>
/// <param name="Labels">The labels the judge may give.</param>
/// <param name="Passing">The labels that pass.</param>
/// <param name="AfterMistakeOnly">True when the dimension only applies to replies to an incorrect attempt.</param>
public sealed record RubricDimension(string Id, string Question, IReadOnlyList<string> Labels, IReadOnlyList<string> Passing, bool AfterMistakeOnly)
{
    /// <summary>The seven dimensions.</summary>
    public static IReadOnlyList<RubricDimension> All { get; } =
    [
        new("judge-mistake-identification", "Does the tutor's reply recognise that the learner's last answer contains a mistake?", ["yes", "to some extent", "no"], ["yes"], true),
        new("judge-mistake-location", "Does the tutor's reply point to where the mistake in the learner's answer is?", ["yes", "to some extent", "no"], ["yes", "to some extent"], true),
        new("judge-revealing-answer", "Does the tutor's reply reveal the final answer to the problem?", ["yes", "no"], ["no"], false),
        new("judge-providing-guidance", "Does the tutor's reply offer correct and relevant guidance (a hint, an explanation, a question) towards solving the problem?", ["yes", "to some extent", "no"], ["yes", "to some extent"], false),
        new("judge-actionability", "Is it clear from the tutor's reply what the learner should do next?", ["yes", "to some extent", "no"], ["yes"], false),
        new("judge-coherence", "Is the tutor's reply logically consistent with the conversation so far?", ["yes", "to some extent", "no"], ["yes"], false),
        new("judge-tone", "What is the tone of the tutor's reply?", ["encouraging", "neutral", "offensive"], ["encouraging", "neutral"], false),
    ];
}

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
