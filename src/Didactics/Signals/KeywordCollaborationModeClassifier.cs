namespace Didactics;

/// <summary>
/// The built-in deterministic collaboration-mode classifier for English and Dutch. In order: delegation signals and
/// "do it for me" phrases are <see cref="CollaborationMode.DirectiveDelegation"/>; confirmation questions are
/// <see cref="CollaborationMode.Validation"/>; why/how questions are <see cref="CollaborationMode.Learning"/>; an attempt is
/// <see cref="CollaborationMode.TaskIteration"/>, except a bare answer right after an incorrect attempt, which is a
/// <see cref="CollaborationMode.FeedbackLoop"/> (guessing on the tutor's feedback); "and now?"-style turns are feedback loops.
/// </summary>
public sealed class KeywordCollaborationModeClassifier : ICollaborationModeClassifier
{
    /// <summary>A shared instance; the classifier is stateless.</summary>
    public static KeywordCollaborationModeClassifier Instance { get; } = new();

    /// <inheritdoc />
    public CollaborationMode Classify(string learnerMessage, LearnerSignal signal, AnswerVerdict verdict, LearnerSignal previousSignal)
    {
        ArgumentNullException.ThrowIfNull(learnerMessage);
        SignalPhrases.EnsureLoaded();
        if (signal.IsDelegation())
        {
            return CollaborationMode.DirectiveDelegation;
        }

        var tokens = SignalText.TokenizeCached(learnerMessage);
        if (SignalPhrases.Directive.Match(tokens) is not null)
        {
            return CollaborationMode.DirectiveDelegation;
        }

        if (SignalPhrases.Validation.Match(tokens) is not null)
        {
            return CollaborationMode.Validation;
        }

        if (SignalPhrases.Learning.Match(tokens) is not null)
        {
            return CollaborationMode.Learning;
        }

        if (signal.IsAttempt())
        {
            // A bare answer ("12") right after an incorrect one is a guess on the tutor's feedback; anything more is the learner's own work.
            // The previous signal is tested first: tokenizing the candidate is the costly part and only matters after an incorrect answer.
            var bare = previousSignal == LearnerSignal.IncorrectAttempt
                && (tokens.Length <= 2 || (verdict.Candidate is { } candidate && SignalText.Tokenize(candidate).Length >= tokens.Length - 1));
            return bare ? CollaborationMode.FeedbackLoop : CollaborationMode.TaskIteration;
        }

        return SignalPhrases.FeedbackLoop.Match(tokens) is not null ? CollaborationMode.FeedbackLoop : CollaborationMode.None;
    }
}
