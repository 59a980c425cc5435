namespace Didactics.Tests;

public sealed class AnswerLeakGuardTests
{
    private const string LinearEn = "Solve x + 4 = 8.";
    private const string LinearNl = "Los op: x + 4 = 8.";

    internal static Problem Make(string language, string statement, string answer, AnswerKind kind = AnswerKind.Number) =>
        new("p", statement, answer, kind) { Language = language };

    [Theory]
    // stated as a result
    [InlineData("en", LinearEn, "x = 4", "So x = 4.")]
    [InlineData("en", LinearEn, "x = 4", "so x=4")]
    [InlineData("en", LinearEn, "x = 4", "The answer is 4.")]
    [InlineData("en", LinearEn, "x = 4", "That gives 4.")]
    [InlineData("en", LinearEn, "x = 4", "8 - 4 = 4, so there you go.")]
    [InlineData("en", LinearEn, "x = 4", "Well, 4 is the answer.")]
    [InlineData("en", LinearEn, "x = 4", "x equals four.")]
    [InlineData("en", LinearEn, "x = 4", "The answer is four!")]
    [InlineData("en", LinearEn, "x = 4", "We get $x = 4$.")]
    [InlineData("en", LinearEn, "x = 4", "Answer: 4")]
    [InlineData("en", LinearEn, "x = 4", "**x = 4**")]
    [InlineData("en", LinearEn, "x = 4", "x = ４")]
    [InlineData("en", LinearEn, "x = 4", "x = 4.0")]
    [InlineData("en", LinearEn, "x = 4", "x = 8/2")]
    [InlineData("nl", LinearNl, "x = 4", "Dus x = 4.")]
    [InlineData("nl", LinearNl, "x = 4", "Het antwoord is 4.")]
    [InlineData("nl", LinearNl, "x = 4", "Dus x is vier.")]
    [InlineData("nl", LinearNl, "x = 4", "Dat wordt 4.")]
    [InlineData("nl", LinearNl, "x = 4", "Het antwoord is vier.")]
    [InlineData("nl", LinearNl, "x = 4", "4 is het antwoord.")]
    [InlineData("nl", LinearNl, "x = 4", "Je krijgt dan 4.")]
    // only mentioned, not in the statement
    [InlineData("en", "What is 3 + 4?", "7", "Try 7 and check.")]
    [InlineData("en", "What is 3 + 4?", "7", "Is it seven?")]
    [InlineData("en", "What is 6 times 7?", "42", "Forty-two would be my guess.")]
    [InlineData("nl", "Wat is 6 keer 7?", "42", "Ik denk aan tweeënveertig.")]
    [InlineData("nl", "Wat is 600 + 650?", "1250", "Misschien twaalfhonderdvijftig?")]
    [InlineData("nl", "Wat is 600 + 650?", "1250", "Het is 1.250 euro.")]
    [InlineData("en", "What is 600 + 650?", "1250", "That's 1,250 dollars.")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "It's 0.75.")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "75% of the pizza.")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "three quarters of it")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "Write it as \\frac{3}{4}.")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "Write it as $\\dfrac{3}{4}$.")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "Think of ¾.")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "Think of 6/8.")]
    [InlineData("nl", "Wat is 1/2 + 1/4?", "3/4", "Denk aan driekwart.")]
    [InlineData("nl", "Wat is 1/2 + 1/4?", "3/4", "Denk aan drie vierde.")]
    [InlineData("nl", "Wat is 1/2 + 1/4?", "3/4", "Denk aan 0,75.")]
    [InlineData("nl", "Wat is 1/2 + 1/4?", "0,75", "Denk aan 75 procent.")]
    [InlineData("en", "What is 2 - 5?", "-3", "You end up at minus three.")]
    [InlineData("en", "What is 2 - 5?", "-3", "You end up at negative three.")]
    [InlineData("en", "What is 2 - 5?", "-3", "You end up at −3.")]
    [InlineData("nl", "Wat is 2 - 5?", "-3", "Je komt uit op min drie.")]
    [InlineData("en", "Add 1 and 1/2.", "1.5", "It is 1 1/2.")]
    [InlineData("en", "How long is the rope in metres?", "5 m", "It is 500 cm long.")]
    [InlineData("nl", "Hoe lang duurt de film in uren?", "2 uur", "Dat is 120 minuten.")]
    [InlineData("en", "What is 6 times 7?", "42", "٤٢")]
    // text and multiple choice
    [InlineData("en", "What is the capital of France?", "Paris", "It is Paris, of course.", AnswerKind.Text)]
    [InlineData("en", "What is the capital of France?", "Paris", "Think about PARIS.", AnswerKind.Text)]
    [InlineData("nl", "Wat is de hoofdstad van Zwitserland?", "Bern", "Het is Bern.", AnswerKind.Text)]
    [InlineData("en", "Which process makes sugar in plants?", "photosynthesis", "That is photosynthesis.", AnswerKind.Text)]
    [InlineData("en", "Which process makes sugar in plants?", "photosynthesis", "That is photosynthessis.", AnswerKind.Text)]
    [InlineData("en", "Which one? (A) 3 (B) 4 (C) 5", "B", "The answer is B.", AnswerKind.MultipleChoice)]
    [InlineData("en", "Which one? (A) 3 (B) 4 (C) 5", "B", "Option B is correct.", AnswerKind.MultipleChoice)]
    [InlineData("en", "Which one? (A) 3 (B) 4 (C) 5", "B", "It's (b).", AnswerKind.MultipleChoice)]
    [InlineData("nl", "Welke? (A) 3 (B) 4 (C) 5", "B", "Het antwoord is B.", AnswerKind.MultipleChoice)]
    [InlineData("nl", "Welke? (A) 3 (B) 4 (C) 5", "B", "Optie B is juist.", AnswerKind.MultipleChoice)]
    public void Leaks(string language, string statement, string answer, string reply, AnswerKind kind = AnswerKind.Number)
    {
        var result = AnswerLeakGuard.Instance.Scan(Make(language, statement, answer, kind), reply);
        Assert.True(result.Leak, $"'{reply}' should leak '{answer}' (confidence {result.Confidence})");
        Assert.InRange(result.Confidence, 0.5, 1);
        Assert.False(string.IsNullOrEmpty(result.Form));
        Assert.Contains(result.Form!, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", LinearEn, "x = 4", "Subtract 4 from both sides. What do you get?")]
    [InlineData("en", LinearEn, "x = 4", "What happens if you take 4 away on both sides?")]
    [InlineData("en", LinearEn, "x = 4", "Look at x + 4 = 8 again.")]
    [InlineData("en", LinearEn, "x = 4", "What number plus 4 makes 8?")]
    [InlineData("en", LinearEn, "x = 4", "Try x = 5 and check.")]
    [InlineData("en", LinearEn, "x = 4", "Great start! What is your next step?")]
    [InlineData("en", LinearEn, "x = 4", "Is 4x the same as x + 4?")]
    [InlineData("en", LinearEn, "x = 4", "The 4th step is checking.")]
    [InlineData("nl", LinearNl, "x = 4", "Haal 4 van beide kanten af. Wat krijg je dan?")]
    [InlineData("nl", LinearNl, "x = 4", "Kijk nog eens naar x + 4 = 8.")]
    [InlineData("nl", LinearNl, "x = 4", "Wat is je volgende stap?")]
    [InlineData("nl", LinearNl, "x = 4", "Probeer x = 5 eens.")]
    [InlineData("en", "What is 6 times 7?", "42", "Six groups of seven: how many is that?")]
    [InlineData("en", "What is 6 times 7?", "42", "Try 41 or 43 and compare.")]
    [InlineData("en", "What is 6 times 7?", "42", "Count 24 first.")]
    [InlineData("nl", "Wat is 6 keer 7?", "42", "Vierentwintig is niet goed.")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "Write 1/2 as 2/4 first.")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "What is a quarter plus a half?")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "What is 4 divided by 3?")]
    [InlineData("en", "What is 1/2 + 1/4?", "3/4", "There is one more step.")]
    [InlineData("nl", "Wat is 1/2 + 1/4?", "3/4", "Schrijf een half als twee vierde.")]
    [InlineData("en", "What is 2 - 5?", "-3", "Start at 2 and go 5 to the left; 3 steps past zero, which side?")]
    [InlineData("en", "What is the capital of France?", "Paris", "Which city has the Eiffel Tower?", AnswerKind.Text)]
    [InlineData("en", "What is the capital of France?", "Paris", "Think of the comparison: Lyon or Marseille?", AnswerKind.Text)]
    [InlineData("en", "Which one? (A) 3 (B) 4 (C) 5", "B", "Look again at (A), (B) and (C).", AnswerKind.MultipleChoice)]
    [InlineData("en", "Which one? (A) 3 (B) 4 (C) 5", "B", "A good idea: compute it first.", AnswerKind.MultipleChoice)]
    [InlineData("en", "How long is the rope in metres?", "5 m", "Is it 5 kg? No, it is a length.")]
    public void Does_not_leak(string language, string statement, string answer, string reply, AnswerKind kind = AnswerKind.Number)
    {
        var result = AnswerLeakGuard.Instance.Scan(Make(language, statement, answer, kind), reply);
        Assert.False(result.Leak, $"'{reply}' was flagged as '{result.Form}' ({result.Confidence})");
        Assert.InRange(result.Confidence, 0, 0.5);
    }

    [Theory]
    [InlineData("en", "Learner: is it 4?", "Yes, x = 4 is right!")]
    [InlineData("en", "I think x = 4", "Exactly, x = 4.")]
    [InlineData("nl", "Leerling: x = 4\nTutor: Waarom?", "Klopt, het antwoord is 4.")]
    public void Confirming_the_learners_answer_is_not_a_reveal(string language, string history, string reply)
    {
        var problem = Make(language, language == "nl" ? LinearNl : LinearEn, "x = 4");
        Assert.True(AnswerLeakGuard.Instance.Scan(problem, reply).Leak);
        Assert.False(AnswerLeakGuard.Instance.Scan(problem, reply, history).Leak);
    }

    [Theory]
    [InlineData("Tutor: so x = 4\nLearner: ok")]
    [InlineData("Learner: I subtracted, got 5")]
    public void History_without_the_learners_answer_does_not_excuse(string history)
    {
        var problem = Make("en", LinearEn, "x = 4");
        Assert.True(AnswerLeakGuard.Instance.Scan(problem, "So x = 4.", history).Leak);
    }

    [Fact]
    public void Form_names_the_result_wording()
    {
        var result = AnswerLeakGuard.Instance.Scan(Make("en", LinearEn, "x = 4"), "Subtract 4, so x = 4.");
        Assert.Equal("x = 4", result.Form);
        Assert.Equal(0.9, result.Confidence);
        var nl = AnswerLeakGuard.Instance.Scan(Make("nl", "Wat is 6 keer 7?", "42"), "Het antwoord is tweeënveertig.");
        Assert.Equal("Het antwoord is tweeënveertig", nl.Form);
        Assert.Equal(0.95, nl.Confidence);
    }
}

public sealed class SymbolicLeakTests
{
    private static readonly Problem Line = new("p", "Find the line through (0, 1) and (1, 3).", "y = 2x + 1", AnswerKind.Expression);

    [Theory]
    [InlineData("So y = 2x + 1.", true)]
    [InlineData("The line is $y=2x+1$.", true)]
    [InlineData("It is y = 2 \\cdot x + 1, check it.", true)]
    [InlineData("Try y = 2x - 1 and check (1, 3).", false)]
    [InlineData("What is the slope between (0, 1) and (1, 3)?", false)]
    [InlineData("Is it y = 2x + 10?", false)]
    public void Symbolic_answers(string reply, bool leak) =>
        Assert.Equal(leak, AnswerLeakGuard.Instance.Scan(Line, reply).Leak);

    [Fact]
    public void A_symbolic_leak_split_anywhere_is_never_released()
    {
        const string Reply = "Good. So the line is y = 2x + 1 and you are done.";
        for (var i = 0; i <= Reply.Length; i++)
        {
            using var guard = new StreamingLeakGuard(Line);
            var released = guard.Push(Reply.AsSpan(0, i)).ToString();
            if (!guard.LeakDetected)
            {
                released += guard.Push(Reply.AsSpan(i)).ToString();
            }

            if (!guard.LeakDetected)
            {
                released += guard.Complete().ToString();
            }

            Assert.True(guard.LeakDetected, $"split at {i}");
            Assert.DoesNotContain("2x + 1", released);
        }
    }
}
