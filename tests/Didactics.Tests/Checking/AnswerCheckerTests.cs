using System.Collections.Immutable;

namespace Didactics.Tests;

public sealed class AnswerCheckerTests
{
    private static Problem En(string answer, AnswerKind kind = AnswerKind.Number, string statement = "Solve the problem.") =>
        new("p", statement, answer, kind) { Language = "en" };

    private static Problem Nl(string answer, AnswerKind kind = AnswerKind.Number, string statement = "Los het probleem op.") =>
        new("p", statement, answer, kind) { Language = "nl" };

    private static VerdictKind Check(Problem problem, string message) => DefaultAnswerChecker.Instance.Check(problem, message).Kind;

    [Theory]
    // plain numbers, decimals, fractions, percentages as one value
    [InlineData("3/4", "3/4")]
    [InlineData("3/4", "0.75")]
    [InlineData("3/4", "75%")]
    [InlineData("3/4", "75 %")]
    [InlineData("0.75", "3/4")]
    [InlineData("75%", "0.75")]
    [InlineData("75%", "75")]
    [InlineData("3/4", "6/8")]
    [InlineData("3/4", "3 / 4")]
    [InlineData("3/4", "3⁄4")]
    [InlineData("42", "42")]
    [InlineData("42", "I think it is 42.")]
    [InlineData("42", "42.0")]
    [InlineData("1/3", "0.33")]
    [InlineData("1/3", "0.333")]
    [InlineData("-3", "-3")]
    [InlineData("-3", "−3")]
    [InlineData("-3", "minus three")]
    [InlineData("-3", "negative three")]
    [InlineData("-3", "minus 3")]
    // mixed numbers and vulgar fractions
    [InlineData("1.5", "1 1/2")]
    [InlineData("3/2", "1½")]
    [InlineData("0.75", "¾")]
    [InlineData("2.25", "2 ¼")]
    // number words, English
    [InlineData("42", "forty-two")]
    [InlineData("42", "forty two")]
    [InlineData("105", "one hundred and five")]
    [InlineData("1250", "twelve hundred and fifty")]
    [InlineData("2000", "two thousand")]
    [InlineData("0.75", "three quarters")]
    [InlineData("0.5", "a half")]
    [InlineData("1.5", "one and a half")]
    [InlineData("2/3", "two thirds")]
    [InlineData("2/3", "0.67")]
    [InlineData("3.5", "three point five")]
    [InlineData("0.5", "fifty percent")]
    [InlineData("7", "Seven")]
    // x = 4 forms, LaTeX, expressions
    [InlineData("x = 4", "x = 4")]
    [InlineData("x = 4", "x=4")]
    [InlineData("x = 4", "4 = x")]
    [InlineData("x = 4", "4")]
    [InlineData("4", "x = 4")]
    [InlineData("x = 4", "$x=4$")]
    [InlineData("x = 4", "so x = 8/2")]
    [InlineData("x = 4", "x = 2 \\cdot 2")]
    [InlineData("x = 4", "x = (10 - 2) / 2")]
    [InlineData("3/4", "\\frac{3}{4}")]
    [InlineData("3/4", "$\\dfrac{3}{4}$")]
    [InlineData("3/4", "\\tfrac34")]
    [InlineData("-3/4", "-\\frac{3}{4}")]
    [InlineData("x = 3/4", "$x = \\frac{6}{8}$")]
    [InlineData("8", "2^3")]
    // Unicode digits
    [InlineData("42", "４２")]
    [InlineData("42", "٤٢")]
    [InlineData("3.5", "٣٫٥")]
    [InlineData("1250", "1,250")]
    // units
    [InlineData("5 cm", "5 cm")]
    [InlineData("5 cm", "5")]
    [InlineData("5 cm", "5cm")]
    [InlineData("5 m", "500 cm")]
    [InlineData("5 m", "0.005 km")]
    [InlineData("2 kg", "2000 g")]
    [InlineData("90 min", "1.5 hours")]
    [InlineData("2 h", "120 minutes")]
    [InlineData("5 m", "five metres")]
    public void English_correct(string answer, string message) =>
        Assert.Equal(VerdictKind.Correct, Check(En(answer, answer.Contains('=') ? AnswerKind.Expression : AnswerKind.Number), message));

    [Theory]
    [InlineData("3/4", "4/3")]
    [InlineData("3/4", "0.7")]
    [InlineData("3/4", "7.5%")]
    [InlineData("42", "24")]
    [InlineData("42", "forty-three")]
    [InlineData("105", "one hundred and fifty")]
    [InlineData("-3", "3")]
    [InlineData("-3", "three")]
    [InlineData("x = 4", "x = 5")]
    [InlineData("x = 4", "5 = x")]
    [InlineData("x = 4", "x = 8/4")]
    [InlineData("5 cm", "5 m")]
    [InlineData("5 cm", "5 kg")]
    [InlineData("5 m", "50 cm")]
    [InlineData("1.5", "1 1/3")]
    [InlineData("0.75", "½")]
    [InlineData("1250", "1.250")]
    [InlineData("1/3", "0.3")]
    [InlineData("3/4", "\\frac{4}{3}")]
    [InlineData("42", "4x")]
    public void English_incorrect(string answer, string message)
    {
        var verdict = Check(En(answer, answer.Contains('=') ? AnswerKind.Expression : AnswerKind.Number), message);
        Assert.NotEqual(VerdictKind.Correct, verdict);
    }

    [Theory]
    [InlineData("3,5", "3,5")]
    [InlineData("3,5", "3.5")]
    [InlineData("3,5", "drie komma vijf")]
    [InlineData("3,5", "3 1/2")]
    [InlineData("1250", "1.250")]
    [InlineData("1250", "1250")]
    [InlineData("1250", "twaalfhonderdvijftig")]
    [InlineData("1250", "twaalfhonderd vijftig")]
    [InlineData("1250,5", "1.250,5")]
    [InlineData("0,75", "driekwart")]
    [InlineData("0,75", "drie kwart")]
    [InlineData("0,75", "drie vierde")]
    [InlineData("0,75", "75 procent")]
    [InlineData("0,75", "0,75")]
    [InlineData("0,5", "een half")]
    [InlineData("0,5", "de helft is een half")]
    [InlineData("1,5", "anderhalf")]
    [InlineData("2,5", "twee en een half")]
    [InlineData("2/3", "twee derde")]
    [InlineData("42", "tweeënveertig")]
    [InlineData("42", "tweeenveertig")]
    [InlineData("42", "TWEEËNVEERTIG")]
    [InlineData("21", "eenentwintig")]
    [InlineData("99", "negenennegentig")]
    [InlineData("101", "honderdeen")]
    [InlineData("1", "één")]
    [InlineData("-3", "min drie")]
    [InlineData("-3", "min 3")]
    [InlineData("-3", "negatief drie")]
    [InlineData("x = 4", "dus x = 4")]
    [InlineData("x = 4", "x is vier")]
    [InlineData("5 m", "500 centimeter")]
    [InlineData("2 uur", "120 minuten")]
    [InlineData("3 kg", "3000 gram")]
    [InlineData("3/4", "het antwoord is 3/4")]
    public void Dutch_correct(string answer, string message) =>
        Assert.Equal(VerdictKind.Correct, Check(Nl(answer, answer.Contains('=') ? AnswerKind.Expression : AnswerKind.Number), message));

    [Theory]
    [InlineData("1,25", "1.250")]
    [InlineData("3,5", "35")]
    [InlineData("42", "vierentwintig")]
    [InlineData("0,75", "driekwartier")]
    [InlineData("-3", "drie")]
    [InlineData("1", "een")]
    [InlineData("0,75", "drie vijfde")]
    public void Dutch_incorrect(string answer, string message) =>
        Assert.NotEqual(VerdictKind.Correct, Check(Nl(answer), message));

    [Theory]
    [InlineData("en", "B", "B")]
    [InlineData("en", "B", "b")]
    [InlineData("en", "B", "(b)")]
    [InlineData("en", "B", "b)")]
    [InlineData("en", "B", "[B]")]
    [InlineData("en", "B", "answer B")]
    [InlineData("en", "B", "The answer is B.")]
    [InlineData("en", "B", "I pick c, no wait, option B")]
    [InlineData("nl", "B", "antwoord B")]
    [InlineData("nl", "B", "optie b")]
    [InlineData("nl", "B", "Ik kies B")]
    [InlineData("en", "A", "A")]
    [InlineData("en", "A", "(a)")]
    [InlineData("en", "A", "option a")]
    public void Multiple_choice_correct(string language, string answer, string message) =>
        Assert.Equal(VerdictKind.Correct, Check(new Problem("p", "Pick one.", answer, AnswerKind.MultipleChoice) { Language = language }, message));

    [Theory]
    [InlineData("B", "C")]
    [InlineData("B", "(c)")]
    [InlineData("B", "optie d")]
    [InlineData("A", "I think it is a trick question")]
    public void Multiple_choice_not_correct(string answer, string message) =>
        Assert.NotEqual(VerdictKind.Correct, Check(new Problem("p", "Pick one.", answer, AnswerKind.MultipleChoice), message));

    [Fact]
    public void Multiple_choice_without_a_letter_is_no_attempt() =>
        Assert.Equal(VerdictKind.NoAttempt, Check(new Problem("p", "Pick one.", "B", AnswerKind.MultipleChoice), "I have no idea"));

    [Theory]
    [InlineData("Paris", "Paris")]
    [InlineData("Paris", "paris")]
    [InlineData("Paris", "Pariss")]
    [InlineData("Paris", "Prais")]
    [InlineData("Paris", "The answer is Paris.")]
    [InlineData("Paris", "I think it is paris")]
    [InlineData("photosynthesis", "fotosynthesis")]
    [InlineData("photosynthesis", "photosinthesys")]
    [InlineData("Zürich", "Zurich")]
    [InlineData("Zurich", "zürich")]
    [InlineData("café", "cafe")]
    [InlineData("de Nachtwacht", "het is de nachtwacht")]
    [InlineData("Den Haag", "Volgens mij is het Den Haag, toch?")]
    [InlineData("water", "Het antwoord is water")]
    public void Text_correct(string answer, string message) =>
        Assert.Equal(VerdictKind.Correct, Check(En(answer, AnswerKind.Text), message));

    [Theory]
    [InlineData("Paris", "London")]
    [InlineData("Paris", "Parijs123")]
    [InlineData("Paris", "Pxrxs")]
    [InlineData("photosynthesis", "respiration")]
    [InlineData("ox", "ax")]
    public void Text_incorrect(string answer, string message) =>
        Assert.Equal(VerdictKind.Incorrect, Check(En(answer, AnswerKind.Text), message));

    [Theory]
    [InlineData("Hello", 0, "hello")]
    [InlineData("ab", 1, "ba")]
    [InlineData("abc", 3, "xyz")]
    [InlineData("abcdef", 1, "abcdfe")]
    [InlineData("kitten", 3, "sitting")]
    public void Damerau_levenshtein(string a, int expected, string b) =>
        Assert.Equal(expected, TextChars.DamerauLevenshtein(TextChars.Normalize(a), b, 5) is var d && d > 5 ? -1 : d);

    [Fact]
    public void Misconception_gives_the_diagnosis()
    {
        var problem = new Problem("p", "What is 1/2 + 1/4?", "3/4")
        {
            Misconceptions = ImmutableArray.Create(new Misconception("2/6", "Added numerators and denominators separately."), new Misconception("1/8", "Multiplied instead of added.")),
        };
        var verdict = DefaultAnswerChecker.Instance.Check(problem, "I got 2/6");
        Assert.Equal(VerdictKind.Incorrect, verdict.Kind);
        Assert.Equal("Added numerators and denominators separately.", verdict.Diagnosis);

        var words = DefaultAnswerChecker.Instance.Check(problem, "one eighth");
        Assert.Equal("Multiplied instead of added.", words.Diagnosis);
        Assert.Equal("Added numerators and denominators separately.", DefaultAnswerChecker.Instance.Check(problem, "1/3").Diagnosis);

        var plain = DefaultAnswerChecker.Instance.Check(problem, "5/6");
        Assert.Equal(VerdictKind.Incorrect, plain.Kind);
        Assert.Null(plain.Diagnosis);

        Assert.Equal(VerdictKind.Correct, DefaultAnswerChecker.Instance.Check(problem, "0.75").Kind);
    }

    [Fact]
    public void Text_misconception_gives_the_diagnosis()
    {
        var problem = new Problem("p", "Which gas do plants take in?", "carbon dioxide", AnswerKind.Text)
        {
            Misconceptions = ImmutableArray.Create(new Misconception("oxygen", "Confuses intake with what plants release.")),
        };
        var verdict = DefaultAnswerChecker.Instance.Check(problem, "oxygen I think");
        Assert.Equal(VerdictKind.Incorrect, verdict.Kind);
        Assert.Equal("Confuses intake with what plants release.", verdict.Diagnosis);
    }

    [Fact]
    public void Candidate_is_the_stated_result()
    {
        var verdict = DefaultAnswerChecker.Instance.Check(En("3/4"), "I think it is 3/4 because 3 of the 4 parts are shaded");
        Assert.Equal(VerdictKind.Correct, verdict.Kind);
        Assert.Equal("3/4", verdict.Candidate);
    }

    [Theory]
    [InlineData("I don't know")]
    [InlineData("can you help me?")]
    [InlineData("")]
    public void No_number_is_no_attempt(string message) =>
        Assert.Equal(VerdictKind.NoAttempt, Check(En("42"), message));

    [Fact]
    public void Tolerance_is_configurable()
    {
        var checker = new DefaultAnswerChecker { Tolerance = 0.05 };
        Assert.Equal(VerdictKind.Incorrect, checker.Check(En("3.14159"), "3.0").Kind);
        Assert.Equal(VerdictKind.Correct, checker.Check(En("3.14159"), "3.15").Kind);
        Assert.Equal(VerdictKind.Incorrect, DefaultAnswerChecker.Instance.Check(En("3.14159"), "3.15").Kind);
    }

    [Fact]
    public void Several_reference_answers_and_kinds()
    {
        var problem = new Problem("p", "Name the number.", ImmutableArray.Create(new ReferenceAnswer("12", AnswerKind.Number), new ReferenceAnswer("dozen", AnswerKind.Text)));
        Assert.Equal(VerdictKind.Correct, Check(problem, "twelve"));
        Assert.Equal(VerdictKind.Correct, Check(problem, "a dozen"));
        Assert.Equal(VerdictKind.Incorrect, Check(problem, "13"));
    }
}

public sealed class SymbolicAndAmbiguityTests
{
    [Theory]
    [InlineData("y = 2x + 1", "y = 2x + 1", VerdictKind.Correct)]
    [InlineData("y = 2x + 1", "y=2x+1", VerdictKind.Correct)]
    [InlineData("y = 2x + 1", "2 x + 1", VerdictKind.Correct)]
    [InlineData("y = 2x + 1", "$y = 2 \\cdot x + 1$", VerdictKind.Correct)]
    [InlineData("y = 2x + 1", "y = 2*x + 1.", VerdictKind.Correct)]
    [InlineData("y = 2x + 1", "y = 2x - 1", VerdictKind.Incorrect)]
    [InlineData("y = 2x + 1", "y = x + 2", VerdictKind.Incorrect)]
    public void Symbolic_expressions_compare_as_written(string answer, string message, VerdictKind expected) =>
        Assert.Equal(expected, DefaultAnswerChecker.Instance.Check(new Problem("p", "Write the line.", answer, AnswerKind.Expression), message).Kind);

    [Theory]
    [InlineData("en", "1,250", 1250.0)]
    [InlineData("en", "1.250", 1.25)]
    [InlineData("en", "1,250.5", 1250.5)]
    [InlineData("en", "3,5", 3.5)]
    [InlineData("en", "1,250,000", 1250000.0)]
    [InlineData("nl", "1.250", 1250.0)]
    [InlineData("nl", "1,250", 1.25)]
    [InlineData("nl", "1.250,5", 1250.5)]
    [InlineData("nl", "3.5", 3.5)]
    [InlineData("nl", "1.250.000", 1250000.0)]
    [InlineData("nl", "12.5%", 0.125)]
    public void Separators_follow_the_language(string language, string text, double expected)
    {
        var pos = 0;
        Assert.True(NumberScanner.Next(text, ref pos, language == "nl", out var mention));
        Assert.Equal(expected, mention.Value, 9);
        Assert.Equal(text.Length, mention.End);
    }

    [Theory]
    [InlineData("en", "1.250", 1250.0)]
    [InlineData("nl", "1.250", 1.25)]
    [InlineData("en", "1,250", 1.25)]
    public void The_guard_checks_the_other_reading_of_an_ambiguous_separator(string language, string number, double answer)
    {
        var problem = new Problem("p", "Compute the total.", answer.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Language = "en" } with { Language = language };
        var result = Didactics.AnswerLeakGuard.Instance.Scan(problem, $"It comes to {number} in total.");
        Assert.True(result.Leak);
        Assert.True(result.Confidence < 0.95);
    }
}
