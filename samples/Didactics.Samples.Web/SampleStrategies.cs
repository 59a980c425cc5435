namespace Didactics.Samples.Web;

/// <summary>
/// The playground's demo strategy: asks questions and may disclose the answer, but only after three genuine attempts
/// (the runtime refuses the reveal transition before that, which the playground shows as a guard event). The built-in
/// strategies (socratic, scaffolded-feedback, worked-example) are registered next to it.
/// </summary>
[Strategy("socratic-demo",
    Description = "Asks questions instead of answering; may show the worked answer only after three genuine attempts.",
    Preamble = "You are a patient tutor who never gives the answer away before the learner has tried three times.")]
[Phase("elicit", PhaseMove.Elicit, Start = true,
    Template = "Ask what the learner already knows about: {{ Problem }}",
    Content = new[]
    {
        "{{ if Language == \"nl\" }}{{ Problem }} Wat weet je al dat je kan helpen?{{ else }}{{ Problem }} What do you already know that could help?{{ end }}",
        "{{ if Language == \"nl\" }}Waar zou je beginnen?{{ else }}Where would you start with this one?{{ end }}",
    })]
[Phase("feedback", PhaseMove.Feedback,
    Template = "The attempt {{ Learner }} is wrong.{{ if Diagnosis != \"\" }} Likely: {{ Diagnosis }}.{{ end }} Ask about one step. Never state the answer.",
    Content = new[]
    {
        "{{ if Language == \"nl\" }}Nog niet helemaal. Welke stap zou je als eerste controleren?{{ else }}Not quite yet. Which step would you check first?{{ end }}",
        "{{ if Language == \"nl\" }}Bijna. Loop je stappen eens met me door.{{ else }}Close, but not there. Walk me through your steps.{{ end }}",
    })]
[Phase("hint", PhaseMove.Hint,
    Template = "{{ if EffortRequired }}The learner has not tried anything since the last hint: give no new hint, ask only this smaller question: {{ SmallerQuestion }}{{ else }}Give this hint in your own words: {{ Hint }}{{ end }}",
    Content = new[] { "{{ if EffortRequired }}{{ SmallerQuestion }}{{ else }}{{ if Language == \"nl\" }}Een hint: {{ Hint }}{{ else }}Here is a hint: {{ Hint }}{{ end }}{{ end }}" })]
[Phase("redirect", PhaseMove.Redirect,
    Template = "The learner asked for the answer or went off track ({{ Signal }}). Refuse kindly and bring them back to the problem.",
    Content = new[] { "{{ if Language == \"nl\" }}Het antwoord krijg je nog niet: probeer het eerst zelf. Wat kan je eerste stap zijn?{{ else }}You won't get the answer yet: try it yourself first. What could your first step be?{{ end }}" })]
[Phase("reveal", PhaseMove.Reveal,
    Template = "The learner made {{ Attempts }} genuine attempts. Explain the answer {{ Answer }} step by step and ask them to redo the last step themselves.",
    Content = new[] { "{{ if Language == \"nl\" }}Je hebt hard gewerkt: het antwoord is {{ Answer }}. Zie je waarom?{{ else }}You worked hard on this: the answer is {{ Answer }}. Can you see why?{{ end }}" })]
[Phase("consolidate", PhaseMove.Consolidate, Terminal = true,
    Template = "Ask the learner to explain why their method works.",
    Content = new[] { "{{ if Language == \"nl\" }}Goed gedaan! Hoe zou je je aanpak aan een klasgenoot uitleggen?{{ else }}Well done! How would you explain your method to a classmate?{{ end }}" })]
[Transition("*", LearnerSignal.IncorrectAttempt, "feedback")]
[Transition("feedback", LearnerSignal.IncorrectAttempt, "reveal")]
[Transition("*", LearnerSignal.DontKnow, "hint")]
[Transition("*", LearnerSignal.AnswerRequest, "redirect")]
[Transition("*", LearnerSignal.AuthorityPressure, "redirect")]
[Transition("*", LearnerSignal.InjectionAttempt, "redirect")]
[Transition("*", LearnerSignal.OffTopic, "redirect")]
[Transition("*", LearnerSignal.CorrectAttempt, "consolidate")]
[Transition("reveal", LearnerSignal.Unclassified, "consolidate")]
[AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 3)]
[EffortGate(MinAttempts = 1)]
[Hint("Break the problem into smaller steps.")]
[Hint("Write down what you know.")]
[Hint("Do the first step and look at what is left.")]
[Hint("Do every step but the last; the last one is yours.")]
public sealed partial class SocraticDemoStrategy
{
}
