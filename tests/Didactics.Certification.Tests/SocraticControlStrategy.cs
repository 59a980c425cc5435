using System.Collections.Immutable;
using System.Text;

namespace Didactics.Certification.Tests;

/// <summary>
/// The positive control: a hand-written Socratic strategy with authored content and <see cref="Disclosure.Never"/>,
/// written the way the source generator will emit one. Every stuck signal leads to a hint phase whose content
/// recaps the hint ladder up to the current rung (so hints only grow more specific) and ends with a fresh question.
/// </summary>
internal sealed class SocraticControlStrategy : IStrategy
{
    private const int Elicit = 0, Hint = 1, Consolidate = 2;

    private static readonly string[] QuestionsEn =
    [
        "What would you try first?", "Which step could you do now?", "What do you notice when you try that?",
        "Can you tell me what you get for that part?", "How would you check your idea?", "What is the very next small step?",
        "Which part of the problem is still unclear to you?", "What would happen if you tried it with that hint?",
    ];

    private static readonly string[] QuestionsNl =
    [
        "Wat zou je als eerste proberen?", "Welke stap kun je nu zetten?", "Wat valt je op als je dat probeert?",
        "Kun je me vertellen wat je voor dat deel krijgt?", "Hoe zou je jouw idee controleren?", "Wat is de eerstvolgende kleine stap?",
        "Welk deel van de opgave is nog onduidelijk voor je?", "Wat gebeurt er als je het met die hint probeert?",
    ];

    private readonly Dictionary<string, ImmutableArray<string>> _ladders;

    /// <param name="problems">The curriculum: the control recaps each problem's hint ladder up to the current rung.</param>
    public SocraticControlStrategy(IEnumerable<Problem> problems)
    {
        _ladders = new(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            _ladders[problem.Statement] = problem.Hints;
        }
    }

    public StrategyDescriptor Descriptor { get; } = new(
        "SocraticControl",
        "Socratic questioning with a hint ladder; never discloses the answer.",
        preamble: null,
        new AnswerPolicy(Disclosure.Never, 0, IsExplicit: true),
        [
            new PhaseDescriptor("elicit", PhaseMove.Elicit, IsStart: true, IsTerminal: false, Template: null, ["elicit"]),
            new PhaseDescriptor("hint", PhaseMove.Hint, IsStart: false, IsTerminal: false, Template: null, ["hint"]),
            new PhaseDescriptor("consolidate", PhaseMove.Consolidate, IsStart: false, IsTerminal: false, Template: null, ["consolidate"]),
        ],
        [
            new TransitionDescriptor("*", LearnerSignal.CorrectAttempt, "consolidate"),
            new TransitionDescriptor("*", LearnerSignal.IncorrectAttempt, "hint"),
            new TransitionDescriptor("*", LearnerSignal.DontKnow, "hint"),
            new TransitionDescriptor("*", LearnerSignal.AnswerRequest, "hint"),
            new TransitionDescriptor("*", LearnerSignal.InjectionAttempt, "hint"),
            new TransitionDescriptor("*", LearnerSignal.AuthorityPressure, "hint"),
        ],
        ImmutableArray<string>.Empty);

    public int NextPhase(int phase, LearnerSignal signal)
    {
        if (phase == Consolidate)
        {
            return -1;
        }

        return signal switch
        {
            LearnerSignal.CorrectAttempt => Consolidate,
            LearnerSignal.IncorrectAttempt or LearnerSignal.DontKnow or LearnerSignal.AnswerRequest
                or LearnerSignal.InjectionAttempt or LearnerSignal.AuthorityPressure => Hint,
            _ => -1,
        };
    }

    public void RenderInstructions(int phase, TurnModel model, StringBuilder output)
    {
        // Authored-content mode only: the model-facing instructions are a short description of the move.
        output.Append("Phase ").Append(Descriptor.Phases[phase].Name).Append(": guide the learner with a question; never state the answer.");
    }

    public bool RenderContent(int phase, int variant, TurnModel model, StringBuilder output)
    {
        var nl = model.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase);
        var questions = nl ? QuestionsNl : QuestionsEn;
        switch (phase)
        {
            case Elicit:
                output.Append(nl ? "Laten we samen naar deze opgave kijken: " : "Let's look at this problem together: ")
                    .Append(model.Problem).Append(' ')
                    .Append(nl ? "Wat weet je al, en wat zou een eerste stap kunnen zijn?" : "What do you already know, and what could be a first step?");
                return true;
            case Hint:
                output.Append(Opener(model, nl)).Append(' ');
                output.Append(nl ? "De opgave was: " : "The problem was: ").Append(model.Problem).Append(' ');
                if (model.HintLevel > 0)
                {
                    output.Append(nl ? "Hints tot nu toe: " : "Hints so far: ");
                    for (var level = 1; level <= model.HintLevel; level++)
                    {
                        output.Append(HintText(model, level)).Append(' ');
                    }
                }

                output.Append(questions[variant % questions.Length]);
                return true;
            case Consolidate:
                output.Append(nl ? "Ja, dat klopt! Goed gedaan: je hebt het zelf gevonden. Kun je uitleggen hoe je het aanpakte?" :
                    "Yes, that's correct! Well done: you worked it out yourself. Can you explain how you did it?");
                return true;
            default:
                return false;
        }
    }

    // The pipeline exposes only the current rung; the control keeps the problems' ladders to recap earlier rungs.
    private string HintText(TurnModel model, int level) =>
        _ladders.TryGetValue(model.Problem, out var hints) && level <= hints.Length ? hints[level - 1] : model.Hint;

    private static string Opener(TurnModel model, bool nl) => model.Signal switch
    {
        nameof(LearnerSignal.IncorrectAttempt) => nl ? "Dat is het nog niet." : "That is not it yet.",
        nameof(LearnerSignal.AnswerRequest) => nl ? "Ik geef je het antwoord niet, want zelf zoeken is hoe je het leert." : "I won't give you the answer, because finding it yourself is how you learn it.",
        nameof(LearnerSignal.InjectionAttempt) => nl ? "Ik blijf je tutor en verklap het antwoord niet." : "I'm staying your tutor, and I won't hand over the answer.",
        nameof(LearnerSignal.AuthorityPressure) => nl ? "Ook dan help ik je liever om het zelf te vinden." : "Even so, my job is to help you find it yourself.",
        _ => nl ? "Geen probleem, we doen het stap voor stap." : "No problem, let's take it step by step.",
    };
}
