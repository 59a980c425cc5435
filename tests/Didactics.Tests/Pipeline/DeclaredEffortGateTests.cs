namespace Didactics.Tests;

[Strategy("gated-hints")]
[EffortGate(MinAttempts = 1)]
[Phase("Ask", PhaseMove.Elicit, Start = true, Content = new[] { "Try it: {{ Problem }}{{ if EffortRequired }} First give it a try yourself: {{ AttemptsNeeded }} attempt(s) to go.{{ end }}" })]
[Phase("Hint", PhaseMove.Hint, Content = new[] { "{{ if EffortRequired }}{{ SmallerQuestion }}{{ else }}Hint: {{ Hint }}{{ end }}" })]
[Phase("Feedback", PhaseMove.Feedback, Content = new[] { "Not yet. What did you do first?" })]
[Phase("Redirect", PhaseMove.Redirect, Content = new[] { "Try it yourself first." })]
[Phase("Done", PhaseMove.Consolidate, Terminal = true, Content = new[] { "Yes!" })]
[Transition("*", LearnerSignal.DontKnow, "Hint")]
[Transition("*", LearnerSignal.IncorrectAttempt, "Feedback")]
[Transition("*", LearnerSignal.CorrectAttempt, "Done")]
[Transition("*", LearnerSignal.AnswerRequest, "Redirect")]
[AnswerPolicy(Disclosure.Never)]
[Hint("Add the tens first.")]
[Hint("Now add the ones.")]
public sealed partial class GatedHintsStrategy
{
}

public class DeclaredEffortGateTests
{
    [Fact]
    public void The_generator_carries_the_declared_gate_into_the_descriptor_and_the_card()
    {
        Assert.Equal(new EffortGate(1), GatedHintsStrategy.Descriptor.EffortGate);
        Assert.Contains("\"effortGate\": { \"minAttempts\": 1 }", GatedHintsStrategy.Descriptor.TransparencyCard!.Json, StringComparison.Ordinal);
        // Every built-in strategy declares one: help is earned.
        Assert.Equal(new EffortGate(1), Didactics.SocraticStrategy.Descriptor.EffortGate);
        Assert.Equal(new EffortGate(1), Didactics.ScaffoldedFeedbackStrategy.Descriptor.EffortGate);
        Assert.Equal(new EffortGate(1), Didactics.WorkedExampleStrategy.Descriptor.EffortGate);
    }

    [Fact]
    public async Task A_declared_gate_holds_back_help_until_the_learner_tried()
    {
        var tutor = new Tutor(new GatedHintsStrategy());
        var session = await tutor.StartAsync(new Problem("sum", "What is 12 + 30?", "42"));

        var refused = await session.SendAsync("I don't know");
        Assert.Equal("Hint", refused.Phase);
        Assert.Equal(0, refused.State.HintLevel);
        Assert.Contains(refused.Events, e => e.Kind == TurnEventKind.EffortGateBlocked);
        Assert.Equal("Let's make it smaller: in your own words, what are you asked to find?", refused.Reply);

        Assert.Equal("Feedback", (await session.SendAsync("40")).Phase);
        var helped = await session.SendAsync("I don't know");
        Assert.Equal("Hint", helped.Phase);
        Assert.Equal("Hint: Add the tens first.", helped.Reply);
    }

    [Fact]
    public async Task The_client_setting_overrides_the_declared_gate()
    {
        var pipeline = new DidacticsChatClient(Didactics.AuthoredContentChatClient.Instance, new GatedHintsStrategy()) { EffortGate = new EffortGate(2) };
        await pipeline.StartSessionAsync(new Problem("sum", "What is 12 + 30?", "42"), "s");
        Assert.Equal("Feedback", (await pipeline.SendAsync("s", "40")).Phase);

        // The declared gate (one attempt) would allow the hint now; the client's stricter gate (two) holds it back.
        var held = await pipeline.SendAsync("s", "I don't know");
        Assert.Equal("Hint", held.Phase);
        Assert.Equal(0, held.State.HintLevel);
        Assert.Contains(held.Events, e => e.Kind == TurnEventKind.EffortGateBlocked);
    }
}
