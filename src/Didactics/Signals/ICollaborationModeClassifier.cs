namespace Didactics;

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
