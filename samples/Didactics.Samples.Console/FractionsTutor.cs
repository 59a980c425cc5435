namespace Didactics.Samples.Console;

/// <summary>
/// A Socratic tutor for fraction arithmetic. It never discloses the answer: the learner is questioned, given hints
/// from general to specific (each one earned by an attempt), told whether an attempt is right (and, for a known misconception, what went wrong),
/// and redirected when they ask for the answer, try to override the tutor or wander off. The Didactics source
/// generator turns these declarations into the strategy's state machine (the other half of this partial class).
/// </summary>
[Strategy("socratic-fractions",
    Description = "Socratic questioning on fraction arithmetic; the learner always finds the answer themselves.",
    Preamble = "You are a patient maths tutor for a 12-year-old. Never state the final answer or any equivalent form of it. Reply in at most three short sentences, in the learner's language.")]
[Phase("Elicit", PhaseMove.Elicit, Start = true,
    Template = "Present the problem '{{ Problem }}' and ask the learner how they would start. Ask what they notice about the denominators. Do not calculate anything.",
    Content = new[]
    {
        "Let's work on this together: {{ Problem }} Before you calculate anything: what do you notice about the two denominators?",
        "Take another look at {{ Problem }} What would you need to do before you can add the two fractions?",
    })]
[Phase("Probe", PhaseMove.Probe,
    Template = "The learner wrote '{{ Learner }}' without giving an answer. Ask one question that makes them explain their thinking about '{{ Problem }}'.",
    Content = new[]
    {
        "Tell me more about your thinking. How could you make the two fractions comparable?",
        "What does the denominator of a fraction tell you? How could that help you here?",
    })]
[Phase("Hint", PhaseMove.Hint,
    Template = "{{ if EffortRequired }}The learner has not tried anything since the last hint, so give no new hint. Kindly ask only this smaller question about '{{ Problem }}': {{ SmallerQuestion }}{{ else }}The learner is stuck. Give exactly this hint in your own words, as a question where possible: '{{ Hint }}'. Do not go further than the hint.{{ end }}",
    Content = new[] { "{{ if EffortRequired }}That's okay, let's take a smaller step. {{ if Hint != \"\" }}Keep the hint in mind: {{ Hint }} {{ end }}{{ SmallerQuestion }}{{ else }}Here is a hint: {{ Hint }} Give it a try.{{ end }}" })]
[Phase("Feedback", PhaseMove.Feedback,
    Template = "The learner answered '{{ Learner }}'; the answer checker says it is {{ Verdict }}.{{ if Diagnosis != \"\" }} Diagnosis: {{ Diagnosis }}{{ end }} Tell them it is not right yet, without giving the right answer, and ask a question that points at their mistake.",
    Content = new[]
    {
        "Not quite yet.{{ if Diagnosis != \"\" }} {{ Diagnosis }}{{ end }} Check your steps: are the two fractions cut into pieces of the same size before you add them?",
        "That's not it yet.{{ if Diagnosis != \"\" }} {{ Diagnosis }}{{ end }} What would both fractions look like written with the same denominator?",
    })]
[Phase("Redirect", PhaseMove.Redirect,
    Template = "The learner tried to get the answer without working on it, or went off topic ({{ Signal }}). Kindly refuse to give the answer and invite one small step on '{{ Problem }}'.",
    Content = new[]
    {
        "I won't give you the answer: you'll remember it much better if you find it yourself. Let's take one small step: can you write both fractions with the same denominator?",
        "Let's stay with the problem: {{ Problem }} I'm here to help you think, not to think for you. What could your first step be?",
    })]
[Phase("Consolidate", PhaseMove.Consolidate, Terminal = true,
    Template = "The learner answered '{{ Learner }}', which is correct. Confirm it and ask them to explain in one sentence why the method works.",
    Content = new[] { "Yes, {{ Learner }} is right! You made the denominators equal first and then added the numerators. Well done." })]
[Transition(TransitionAttribute.AnyPhase, LearnerSignal.CorrectAttempt, "Consolidate")]
[Transition(TransitionAttribute.AnyPhase, LearnerSignal.DontKnow, "Hint")]
[Transition(TransitionAttribute.AnyPhase, LearnerSignal.AnswerRequest, "Redirect")]
[Transition(TransitionAttribute.AnyPhase, LearnerSignal.InjectionAttempt, "Redirect")]
[Transition(TransitionAttribute.AnyPhase, LearnerSignal.AuthorityPressure, "Redirect")]
[Transition(TransitionAttribute.AnyPhase, LearnerSignal.OffTopic, "Redirect")]
[Transition("Elicit", LearnerSignal.IncorrectAttempt, "Feedback")]
[Transition("Elicit", LearnerSignal.Unclassified, "Probe")]
[Transition("Probe", LearnerSignal.IncorrectAttempt, "Feedback")]
[Transition("Probe", LearnerSignal.Unclassified, "Hint")]
[Transition("Feedback", LearnerSignal.IncorrectAttempt, "Hint")]
[Transition("Feedback", LearnerSignal.Unclassified, "Probe")]
[Transition("Hint", LearnerSignal.IncorrectAttempt, "Feedback")]
[Transition("Hint", LearnerSignal.Unclassified, "Probe")]
[Transition("Redirect", LearnerSignal.IncorrectAttempt, "Feedback")]
[Transition("Redirect", LearnerSignal.Unclassified, "Probe")]
[AnswerPolicy(Disclosure.Never)]
[EffortGate(MinAttempts = 1)] // help is earned: a next hint only after an attempt or a substantive reply (DID0014)
[Hint("Fractions can only be added when their pieces have the same size, that is, when they have the same denominator.")]
[Hint("Look for a number that both denominators divide into: that can be the common denominator.")]
[Hint("Rewrite each fraction with the common denominator by multiplying its numerator and denominator by the same number.")]
[Hint("Now add only the numerators and keep the common denominator. What do you get?")]
public sealed partial class FractionsTutor
{
}
