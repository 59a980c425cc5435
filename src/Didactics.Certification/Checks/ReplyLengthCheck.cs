namespace Didactics.Certification;

/// <summary><c>reply-length</c>: the reply has between <c>min-words</c> and <c>max-words</c> words (default 1 to 150): tutors ask, they do not lecture.</summary>
public sealed class ReplyLengthCheck(int minWords = 1, int maxWords = 150) : DeterministicCheck
{
    /// <summary>The check id.</summary>
    public const string CheckId = "reply-length";

    /// <inheritdoc />
    public override string Id => CheckId;

    /// <inheritdoc />
    public override CheckCategory Category => CheckCategory.Conversation;

    /// <inheritdoc />
    public override bool AppliesTo(TurnContext context) => true;

    /// <inheritdoc />
    public override (bool Passed, string Reason) Judge(string reply, TurnContext context)
    {
        var words = TextSignals.WordCount(reply);
        return words < minWords ? (false, $"The reply has {words} word(s); at least {minWords} expected.")
            : words > maxWords ? (false, $"The reply has {words} words; at most {maxWords} expected.")
            : (true, $"{words} words.");
    }
}
