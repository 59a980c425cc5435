using System.Text;
using Microsoft.Extensions.AI;

namespace Didactics.Certification;

/// <summary>A learner played by a language model from a persona prompt, for realistic runs.</summary>
public sealed class ModelLearner(IChatClient model, string personaPrompt) : ILearner
{
    /// <summary>The token a model learner writes to end the conversation.</summary>
    public const string EndToken = "[DONE]";

    /// <inheritdoc />
    public async ValueTask<LearnerTurn?> NextAsync(LearnerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scenario = context.Scenario;
        var system = new StringBuilder()
            .AppendLine("You play a learner talking to a tutor. Stay in character; write only the learner's next message, one or two sentences.")
            .Append("Language: ").AppendLine(scenario.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? "Dutch" : "English")
            .Append("The problem you are working on: ").AppendLine(scenario.Problem.Statement)
            .Append("Your persona: ").AppendLine(personaPrompt)
            .Append("When you are finished, write ").Append(EndToken).AppendLine(" and nothing else.")
            .ToString();

        // From the learner model's side the tutor is the user and the learner is the assistant.
        var messages = new List<ChatMessage>(context.Transcript.Count + 2) { new(ChatRole.System, system) };
        foreach (var message in context.Transcript)
        {
            messages.Add(new ChatMessage(message.Role == ChatRole.User ? ChatRole.Assistant : ChatRole.User, message.Text));
        }

        if (messages.Count == 1)
        {
            messages.Add(new ChatMessage(ChatRole.User, scenario.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? "Waar wil je mee beginnen?" : "What would you like to start with?"));
        }

        var response = await model.GetResponseAsync(messages, cancellationToken: cancellationToken).ConfigureAwait(false);
        var text = response.Text.Trim();
        if (text.Length == 0 || text.Contains(EndToken, StringComparison.Ordinal))
        {
            return null;
        }

        return new LearnerTurn(text, LearnerFactory.Classify(scenario.Problem, text));
    }
}
