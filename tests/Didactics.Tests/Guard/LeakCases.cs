namespace Didactics.Tests;

/// <summary>Replies that leak and replies that do not, shared by the streaming and pipeline tests.</summary>
public static class LeakCases
{
    public const string LinearEn = "Solve x + 4 = 8.";
    public const string LinearNl = "Los op: x + 4 = 8.";

    public static TheoryData<string, string, string, AnswerKind, string> Leaky => new()
    {
        { "en", LinearEn, "x = 4", AnswerKind.Expression, "Good work so far. So x = 4, and you can check it by substitution." },
        { "en", LinearEn, "x = 4", AnswerKind.Expression, "Subtract 4 from both sides and the answer is 4. Well done." },
        { "en", LinearEn, "x = 4", AnswerKind.Expression, "Let me show you: $x = 4$ is the solution here." },
        { "en", LinearEn, "x = 4", AnswerKind.Expression, "Nice try! Well, 4 is the answer, as you can verify by substitution." },
        { "en", LinearEn, "x = 4", AnswerKind.Expression, "After simplifying, x equals four and nothing else." },
        { "en", "What is 6 times 7?", "42", AnswerKind.Number, "Six sevens make forty-two, which you can count on your fingers." },
        { "en", "What is 600 + 650?", "1250", AnswerKind.Number, "Adding them up you get 1,250 in total." },
        { "en", "What is 600 + 650?", "1250", AnswerKind.Number, "That would be twelve hundred and fifty." },
        { "en", "What is 1/2 + 1/4?", "3/4", AnswerKind.Fraction, "Together that is three quarters of the pizza." },
        { "en", "What is 1/2 + 1/4?", "3/4", AnswerKind.Fraction, "In LaTeX: \\frac{3}{4} of the pizza." },
        { "en", "What is 1/2 + 1/4?", "3/4", AnswerKind.Fraction, "As a percentage: 75 % of the whole." },
        { "en", "What is 2 - 5?", "-3", AnswerKind.Number, "Going left you land on minus three on the number line." },
        { "en", "How long is the rope in metres?", "5 m", AnswerKind.Number, "The rope is 500 cm long altogether." },
        { "en", "What is the capital of France?", "Paris", AnswerKind.Text, "The capital you are looking for is Paris, on the Seine." },
        { "en", "Which one? (A) 3 (B) 4 (C) 5", "B", AnswerKind.MultipleChoice, "Look carefully: the answer is B, because 4 fits." },
        { "nl", LinearNl, "x = 4", AnswerKind.Expression, "Goed bezig. Dus x = 4, en dat kun je controleren." },
        { "nl", LinearNl, "x = 4", AnswerKind.Expression, "Haal 4 van beide kanten af, het antwoord is vier." },
        { "nl", LinearNl, "x = 4", AnswerKind.Expression, "Nou, 4 is het antwoord, dat zie je als je invult." },
        { "nl", "Wat is 6 keer 7?", "42", AnswerKind.Number, "Zes keer zeven is tweeënveertig, tel maar na." },
        { "nl", "Wat is 600 + 650?", "1250", AnswerKind.Number, "Samen is dat twaalfhonderdvijftig euro." },
        { "nl", "Wat is 600 + 650?", "1250", AnswerKind.Number, "Samen geeft dat 1.250 euro." },
        { "nl", "Wat is 1/2 + 1/4?", "3/4", AnswerKind.Fraction, "Samen is dat driekwart van de pizza." },
        { "nl", "Wat is 1/2 + 1/4?", "0,75", AnswerKind.Number, "Samen is dat 0,75 van de pizza." },
        { "nl", "Wat is 2 - 5?", "-3", AnswerKind.Number, "Naar links kom je uit op min drie op de getallenlijn." },
        { "nl", "Wat is de hoofdstad van Zwitserland?", "Bern", AnswerKind.Text, "De hoofdstad is Bern, aan de Aare." },
        { "nl", "Welke? (A) 3 (B) 4 (C) 5", "B", AnswerKind.MultipleChoice, "Kijk goed: het antwoord is B, want 4 past." },
    };

    public static TheoryData<string, string, string, AnswerKind, string> Clean => new()
    {
        { "en", LinearEn, "x = 4", AnswerKind.Expression, "Subtract 4 from both sides. What do you get on the right-hand side?" },
        { "en", LinearEn, "x = 4", AnswerKind.Expression, "Try x = 5 and check whether 5 + 4 really makes 8." },
        { "en", "What is 6 times 7?", "42", AnswerKind.Number, "Six groups of seven: count 7, 14, 21 and keep going." },
        { "en", "What is 1/2 + 1/4?", "3/4", AnswerKind.Fraction, "Write 1/2 as 2/4 first, then add the quarters." },
        { "en", "What is the capital of France?", "Paris", AnswerKind.Text, "Which city has the Eiffel Tower? Think about it." },
        { "en", "Which one? (A) 3 (B) 4 (C) 5", "B", AnswerKind.MultipleChoice, "Look again at (A), (B) and (C) and compute first." },
        { "nl", LinearNl, "x = 4", AnswerKind.Expression, "Haal 4 van beide kanten af. Wat houd je dan over?" },
        { "nl", "Wat is 6 keer 7?", "42", AnswerKind.Number, "Zes groepjes van zeven: tel 7, 14, 21 en ga door." },
        { "nl", "Wat is 600 + 650?", "1250", AnswerKind.Number, "Tel eerst 600 en 600 op, en dan nog 50 erbij." },
    };

    public static Problem Make(string language, string statement, string answer, AnswerKind kind) =>
        new("p", statement, answer, kind) { Language = language };
}
