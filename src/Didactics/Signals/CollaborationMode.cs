namespace Didactics;

/// <summary>
/// How a learner collaborates with the tutor in one turn, after the collaboration patterns used to study how people
/// use AI assistants (directive delegation and feedback loops automate the task; task iteration, learning and
/// validation augment the learner's own work). The share of <see cref="DirectiveDelegation"/> turns is the session's
/// delegation meter (<see cref="DelegationMeter"/>).
/// </summary>
public enum CollaborationMode
{
    /// <summary>None of the modes: greetings, "I don't know", small talk.</summary>
    None = 0,

    /// <summary>The learner hands the task over: "do it for me", "just tell me", and every injection or authority-pressure turn.</summary>
    DirectiveDelegation = 1,

    /// <summary>The learner relays feedback and lets the tutor drive: "and now?", "still wrong", or a bare re-guess after an incorrect attempt.</summary>
    FeedbackLoop = 2,

    /// <summary>The learner works on the task: an attempt of their own, with or without reasoning.</summary>
    TaskIteration = 3,

    /// <summary>The learner wants to understand: "why?", "how does that work?", "wat betekent noemer?".</summary>
    Learning = 4,

    /// <summary>The learner asks to check their work: "is this right?", "klopt dit?".</summary>
    Validation = 5,
}

/// <summary>Classifies a learner turn into a <see cref="CollaborationMode"/>.</summary>
public interface ICollaborationModeClassifier
{
    /// <summary>Classifies <paramref name="learnerMessage"/>.</summary>
    /// <param name="learnerMessage">The learner's message.</param>
    /// <param name="signal">The turn's learner signal.</param>
    /// <param name="verdict">The answer checker's verdict.</param>
    /// <param name="previousSignal">The signal of the learner's previous turn, or <see cref="LearnerSignal.Unclassified"/>.</param>
    CollaborationMode Classify(string learnerMessage, LearnerSignal signal, AnswerVerdict verdict, LearnerSignal previousSignal);
}

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
