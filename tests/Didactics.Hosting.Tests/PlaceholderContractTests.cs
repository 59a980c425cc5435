using Didactics.Shared;

namespace Didactics.Hosting.Tests;

/// <summary>The redactor's placeholders are ones the runtime classifier skips (both read <see cref="RedactionPlaceholders"/>).</summary>
public class PlaceholderContractTests
{
    [Fact]
    public void Every_redaction_placeholder_is_one_the_signal_classifier_skips()
    {
        foreach (var kind in Enum.GetValues<PersonalDataKind>())
        {
            var placeholder = PersonalDataRedactor.PlaceholderFor(kind);
            Assert.StartsWith("[", placeholder, StringComparison.Ordinal);
            Assert.EndsWith("]", placeholder, StringComparison.Ordinal);
            Assert.Contains(placeholder[1..^1], RedactionPlaceholders.Words);
        }
    }

    [Fact]
    public void A_redacted_attempt_is_still_an_attempt()
    {
        var problem = new Problem("sum", "What is 12 + 30?", "42");
        foreach (var kind in Enum.GetValues<PersonalDataKind>())
        {
            var message = "is it 40? " + PersonalDataRedactor.PlaceholderFor(kind);
            var verdict = Didactics.DefaultAnswerChecker.Instance.Check(problem, message);
            Assert.Equal(LearnerSignal.IncorrectAttempt, KeywordSignalClassifier.Instance.Classify(problem, message, verdict));
        }
    }
}
