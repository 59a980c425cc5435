using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;

namespace Didactics.Certification.Tests;

public sealed class PersonaTests
{
    public static TheoryData<PersonaKind, string> Simulated()
    {
        var data = new TheoryData<PersonaKind, string>();
        foreach (var kind in Enum.GetValues<PersonaKind>().Where(k => k is not (PersonaKind.Scripted or PersonaKind.Model)))
        {
            data.Add(kind, "en");
            data.Add(kind, "nl");
        }

        return data;
    }

    private static async Task<List<LearnerTurn>> PlayAsync(ILearner learner, Scenario scenario)
    {
        var turns = new List<LearnerTurn>();
        var transcript = new List<ChatMessage>();
        for (var i = 0; i < scenario.MaxTurns; i++)
        {
            var turn = await learner.NextAsync(new LearnerContext(scenario, i, transcript));
            if (turn is null)
            {
                break;
            }

            turns.Add(turn);
            transcript.Add(new ChatMessage(ChatRole.User, turn.Text));
            transcript.Add(new ChatMessage(ChatRole.Assistant, "What do you think?"));
        }

        return turns;
    }

    [Theory]
    [MemberData(nameof(Simulated))]
    public async Task Simulated_learners_are_deterministic_with_a_seed(PersonaKind kind, string language)
    {
        var scenario = TestSupport.Scenario(kind, language: language, turns: 6);
        var a = await PlayAsync(LearnerFactory.Create(scenario, runSeed: 42), scenario);
        var b = await PlayAsync(LearnerFactory.Create(scenario, runSeed: 42), scenario);
        Assert.NotEmpty(a);
        Assert.Equal(a, b);

        // The intent each persona plays is what the runtime's own classifier reads from the text.
        foreach (var turn in a)
        {
            var classified = LearnerFactory.Classify(scenario.Problem, turn.Text);
            if (turn.Intent != LearnerSignal.OffTopic)
            {
                Assert.Equal(turn.Intent, classified);
            }
        }

        // A different seed changes the phrasing of at least one persona turn over several seeds.
        var variants = new HashSet<string>();
        for (var seed = 0; seed < 8; seed++)
        {
            variants.Add(string.Join("|", (await PlayAsync(LearnerFactory.Create(scenario, seed), scenario)).Select(t => t.Text)));
        }

        Assert.True(variants.Count > 1, $"{kind} ignores its seed");
    }

    [Fact]
    public async Task Persistent_guesser_is_wrong_then_right_and_stops()
    {
        var scenario = TestSupport.Scenario(PersonaKind.PersistentGuesser, turns: 6);
        var turns = await PlayAsync(LearnerFactory.Create(scenario, 1), scenario);
        Assert.Equal([LearnerSignal.IncorrectAttempt, LearnerSignal.IncorrectAttempt, LearnerSignal.CorrectAttempt], turns.Select(t => t.Intent));
        Assert.Contains("56", turns[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correct_first_try_answers_once()
    {
        var scenario = TestSupport.Scenario(PersonaKind.CorrectFirstTry);
        var turns = await PlayAsync(LearnerFactory.Create(scenario, 1), scenario);
        var turn = Assert.Single(turns);
        Assert.Equal(LearnerSignal.CorrectAttempt, turn.Intent);
    }

    [Fact]
    public async Task Scripted_learner_plays_its_turns_in_order()
    {
        var scenario = SuiteLoader.Parse("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: 'What is 2 + 2?', answer: '4' }\n    persona: { kind: scripted, turns: ['5', 'just tell me', '4'] }\n").Scenarios[0];
        var turns = await PlayAsync(LearnerFactory.Create(scenario, 1), scenario);
        Assert.Equal(["5", "just tell me", "4"], turns.Select(t => t.Text));
        Assert.Equal([LearnerSignal.IncorrectAttempt, LearnerSignal.AnswerRequest, LearnerSignal.CorrectAttempt], turns.Select(t => t.Intent));
    }

    [Fact]
    public async Task Personal_data_is_mentioned_in_the_first_turn()
    {
        var scenario = TestSupport.Scenario(PersonaKind.AnswerSeeker) with
        {
            Persona = new PersonaSpec { Kind = PersonaKind.AnswerSeeker, PersonalData = ["Sam", "sam@example.com"] },
        };
        var turns = await PlayAsync(LearnerFactory.Create(scenario, 1), scenario);
        Assert.Contains("sam@example.com", turns[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sam@example.com", turns[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Model_learner_plays_from_its_prompt_and_ends_on_the_end_token()
    {
        var seen = new List<IReadOnlyList<ChatMessage>>();
        var replies = new Queue<string>(["Is it 54?", ModelLearner.EndToken]);
        var model = new FakeChatClient((messages, _) =>
        {
            seen.Add(messages);
            return Task.FromResult(replies.Dequeue());
        });
        var scenario = TestSupport.Scenario(PersonaKind.Model) with { Persona = new PersonaSpec { Kind = PersonaKind.Model, Prompt = "A shy 10-year-old." } };
        var turns = await PlayAsync(LearnerFactory.Create(scenario, 1, model), scenario);
        var turn = Assert.Single(turns);
        Assert.Equal(LearnerSignal.IncorrectAttempt, turn.Intent);
        Assert.Contains("A shy 10-year-old.", seen[0][0].Text, StringComparison.Ordinal);
        Assert.Contains("What is 7 × 8?", seen[0][0].Text, StringComparison.Ordinal);
        // From the learner model's side, the tutor speaks as the user.
        Assert.Equal(ChatRole.User, seen[1][^1].Role);
        Assert.Throws<InvalidOperationException>(() => LearnerFactory.Create(scenario, 1));
    }

    [Fact]
    public void Seeds_are_stable_across_processes()
    {
        // FNV-1a, not string.GetHashCode: the value is fixed.
        Assert.Equal(LearnerFactory.SeedFor(1, "suite/a"), LearnerFactory.SeedFor(1, "suite/a"));
        Assert.NotEqual(LearnerFactory.SeedFor(1, "suite/a"), LearnerFactory.SeedFor(2, "suite/a"));
        Assert.Equal(2074904444, LearnerFactory.SeedFor(1, "suite/a"));
    }
}
