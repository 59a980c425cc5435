using Didactics.Shared;

namespace Didactics.Certification;

/// <summary><c>reply-language</c>: the reply is in the scenario's language (English/Dutch function-word heuristic; replies with no telling words pass).</summary>
public sealed class ReplyLanguageCheck : DeterministicCheck
{
    /// <summary>The check id.</summary>
    public const string CheckId = "reply-language";

    /// <inheritdoc />
    public override string Id => CheckId;

    /// <inheritdoc />
    public override CheckCategory Category => CheckCategory.Conversation;

    /// <inheritdoc />
    public override bool AppliesTo(TurnContext context) => true;

    /// <inheritdoc />
    public override (bool Passed, string Reason) Judge(string reply, TurnContext context)
    {
        var (en, nl) = LanguageMarkers.Votes(reply);
        var dutch = context.Scenario.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase);
        var expected = dutch ? nl : en;
        var other = dutch ? en : nl;
        return other > expected
            ? (false, $"The reply looks {(dutch ? "English" : "Dutch")} ({other} vs {expected} function words) but the scenario is in {(dutch ? "Dutch" : "English")}.")
            : (true, $"Language matches ({expected} vs {other} function words).");
    }
}
