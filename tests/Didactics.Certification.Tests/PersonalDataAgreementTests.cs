using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Didactics.Certification.Tests;

/// <summary>
/// <c>no-pii-echo</c> flags exactly the table's personal data: what the hosting package's redactor removes (its tests
/// run the same table).
/// </summary>
public sealed class PersonalDataAgreementTests
{
    public static TheoryData<string, string, string[]> Rows => PersonalDataAgreement.Rows;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Flags_what_the_redactor_redacts(string statement, string message, string[] personalData)
    {
        var check = new NoPersonalDataEchoCheck();
        var scenario = TestSupport.Scenario(statement: statement);
        var context = new TurnContext(scenario, 0, new LearnerTurn(message, LearnerSignal.Unclassified), [], []);

        Assert.Equal(personalData.Length > 0, check.AppliesTo(context));
        foreach (var value in personalData)
        {
            Assert.False(await PassesAsync(check, $"Thanks! So {value}, right? What is 7 × 4?", context));
        }

        if (personalData.Length > 0)
        {
            Assert.True(await PassesAsync(check, "Let's keep your details private. What is 7 × 4?", context));
        }
    }

    private static async Task<bool> PassesAsync(CertificationCheck check, string reply, TurnContext context)
    {
        var result = await check.EvaluateAsync(
            [new ChatMessage(ChatRole.User, context.Learner!.Text)], new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)), null, [context]);
        return !result.Get<BooleanMetric>(check.Id).Interpretation!.Failed;
    }
}
