namespace Didactics.Certification.Tests;

public sealed class IndependentRevealDetectorTests
{
    private static readonly IndependentRevealDetector Detector = IndependentRevealDetector.Instance;

    private static Problem P(string statement, string answer, AnswerKind kind = AnswerKind.Number) => new("p", statement, answer, kind);

    private static void Reveals(Problem problem, string reply, string? kind = null, string? history = null)
    {
        var finding = Detector.Detect(problem, reply, history);
        Assert.True(finding.Revealed, $"'{reply}' should reveal '{problem.Answers[0].Value}'");
        if (kind is not null)
        {
            Assert.Equal(kind, finding.Kind);
        }
    }

    private static void Clean(Problem problem, string reply, string? history = null)
    {
        var finding = Detector.Detect(problem, reply, history);
        Assert.False(finding.Revealed, $"'{reply}' should not reveal '{problem.Answers[0].Value}' but matched {finding}");
    }

    [Theory]
    [InlineData("The answer is 56.", "digits")]
    [InlineData("Je krijgt 56!", "digits")]
    [InlineData("It's fifty-six.", "words-en")]
    [InlineData("It's fifty six.", "words-en")]
    [InlineData("Het is zesenvijftig.", "words-nl")]
    [InlineData("That makes 56 eggs.", "digits")]
    public void Whole_numbers_in_digits_and_words(string reply, string kind) => Reveals(P("What is 7 × 8?", "56"), reply, kind);

    [Theory]
    [InlineData("Try 156 or 5.6 first.")]
    [InlineData("What is 7 × 8 when you split it in 7 × 4 twice?")]
    [InlineData("56/100 is not what we want.")]
    [InlineData("Think of 1/56 of it.")]
    [InlineData("Look at 0,56 and 56% again.")]
    [InlineData("There are fifty-seven ways to do it.")]
    public void Numbers_that_only_contain_the_answer_are_no_reveal(string reply) => Clean(P("What is 7 × 8?", "56"), reply);

    [Theory]
    [InlineData("It's 5/8.", "fraction")]
    [InlineData("It's 5 / 8.", "fraction")]
    [InlineData("Het is ⅝.", null)]
    [InlineData("It is ⁵⁄₈.", null)]
    [InlineData("It is 5⁄8.", null)]
    [InlineData("Het is 0,625.", "decimal-comma")]
    [InlineData("It is 0.625.", "decimal")]
    [InlineData("It is .625 exactly.", "decimal-leading-dot")]
    [InlineData("That's five eighths.", "fraction-words-en")]
    [InlineData("Dat is vijf achtste.", "fraction-words-nl")]
    [InlineData("So 62.5% of the whole.", "percent")]
    [InlineData("Het is 62,5 procent.", "percent")]
    public void Fractions_in_every_form(string reply, string? kind) => Reveals(P("What is 3/4 − 1/8?", "5/8", AnswerKind.Fraction), reply, kind);

    [Theory]
    [InlineData("About 0.67.", "rounded")]
    [InlineData("Ongeveer 0,67.", "rounded-comma")]
    [InlineData("Roughly .667.", "rounded-leading-dot")]
    [InlineData("It's two thirds.", "fraction-words-en")]
    [InlineData("Het is twee derde.", "fraction-words-nl")]
    [InlineData("Het is tweederde.", "fraction-words-nl")]
    [InlineData("⅔ of them.", null)]
    [InlineData("²⁄₃ of them.", null)]
    public void Non_terminating_fractions_are_found_rounded_and_in_words(string reply, string? kind) =>
        Reveals(P("What is 1/3 + 1/3?", "2/3", AnswerKind.Fraction), reply, kind);

    [Theory]
    [InlineData("It's three quarters.")]
    [InlineData("It's three fourths.")]
    [InlineData("Het is drie kwart.")]
    [InlineData("Het is driekwart.")]
    [InlineData("That's 75%.")]
    [InlineData("It is 0.75.")]
    [InlineData("It is .75.")]
    [InlineData("It is ¾.")]
    public void Simplified_fraction_forms_are_found(string reply) => Reveals(P("Simplify 6/8.", "3/4", AnswerKind.Fraction), reply);

    [Fact]
    public void Mixed_numbers_and_equivalents_are_told_apart()
    {
        var problem = P("What is 1/2 + 1 1/4?", "7/4", AnswerKind.Fraction);
        Reveals(problem, "That's 1 3/4.", "mixed-number");
        Reveals(problem, "That's 1¾.");
        Reveals(problem, "That's one and three quarters.", "mixed-words-en");
        Reveals(problem, "Dat is een en drie kwart.", "mixed-words-nl");
        Clean(P("What is 1/4 + 1/2?", "3/4", AnswerKind.Fraction), "Compare it with 1 3/4 first.");
    }

    [Theory]
    [InlineData("It's 60 km/h.", null)]
    [InlineData("Sixty kilometres each hour.", null)]
    [InlineData("Het is 60 km per uur.", null)]
    [InlineData("Zestig kilometer per uur.", null)]
    [InlineData("60 kilometers per hour.", null)]
    public void Quantities_with_units_and_rates(string reply, string? kind) =>
        Reveals(P("A train covers 120 km in 2 hours. How fast does it go?", "60 km/h"), reply, kind);

    [Fact]
    public void Quantity_forms_include_the_unit_in_words()
    {
        var forms = Detector.FormsOf(P("A train covers 120 km in 2 hours. How fast does it go?", "60 km/h")).Select(f => RevealText.Normalize(f.Text)).ToList();
        Assert.Contains("sixty kilometres each hour", forms);
        Assert.Contains("60 km per uur", forms);
        Assert.Contains("60 km/h", forms);
        var finding = Detector.Detect(P("A train covers 120 km in 2 hours. How fast does it go?", "60 km/h"), "So it's sixty kilometres each hour.");
        Assert.Equal("quantity", finding.Kind);
    }

    [Theory]
    [InlineData("It's spelled c-h-i-l-d-r-e-n.")]
    [InlineData("c h i l d r e n")]
    [InlineData("C.H.I.L.D.R.E.N")]
    [InlineData("Write 'c', 'h', 'i', 'l', 'd', 'r', 'e', 'n'.")]
    [InlineData("C - H - I - L - D - R - E - N")]
    [InlineData("The word is children.")]
    [InlineData("The word is CHILDREN.")]
    public void Text_answers_as_words_and_spelled(string reply) => Reveals(P("What is the plural of 'child'?", "children", AnswerKind.Text), reply);

    [Theory]
    [InlineData("What is the plural of child?")]
    [InlineData("Think about how child changes, like in c-h-i-l-d.")]
    [InlineData("Childhood is a different word.")]
    [InlineData("c-h-i-l-d-r-e-n-s is not a word.")]
    public void Look_alikes_of_text_answers_are_no_reveal(string reply) => Clean(P("What is the plural of 'child'?", "children", AnswerKind.Text), reply);

    [Fact]
    public void Everyday_words_equal_to_the_answer_count_without_context_exemptions()
    {
        // By design: the kit over-reports here and lists the reply as disputed when the guard disagrees.
        Reveals(P("What is the comparative form of 'good'?", "better", AnswerKind.Text), "You'll remember it much better if you try.");
    }

    [Theory]
    [InlineData("Het is a-t.")]
    [InlineData("Je schrijft het zo: A - T.")]
    [InlineData("Spel: 'a', 't'.")]
    [InlineData("Ik at een appel.")]
    public void Two_letter_answers_spelled_with_marks(string reply) => Reveals(P("Wat is de verleden tijd van 'eten' (ik ...)?", "at", AnswerKind.Text), reply);

    [Theory]
    [InlineData("Pak een t-shirt.")]
    [InlineData("Is dat een a of een t?")]
    public void Two_letter_look_alikes(string reply) => Clean(P("Wat is de verleden tijd van 'eten' (ik ...)?", "at", AnswerKind.Text), reply);

    [Theory]
    [InlineData("Het is k-i-n-d-e-r-e-n.")]
    [InlineData("Het meervoud is kinderen.")]
    public void Dutch_text_answers(string reply) => Reveals(P("Wat is het meervoud van 'kind'?", "kinderen", AnswerKind.Text), reply);

    [Theory]
    [InlineData("Option C is the one.", "option-letter")]
    [InlineData("The right choice is (C).", "option-letter")]
    [InlineData("Optie C is de goede.", "option-letter")]
    [InlineData("Of these, only 29 is prime.", "option-content/digits")]
    [InlineData("Only twenty-nine is prime.", "option-content/words-en")]
    public void Multiple_choice_letter_and_content(string reply, string kind) =>
        Reveals(P("Which number is prime? A) 21 B) 27 C) 29 D) 33", "C", AnswerKind.MultipleChoice), reply, kind);

    [Theory]
    [InlineData("So it's C.")]
    [InlineData("C is correct, because 29 has no divisors.")]
    [InlineData("Kies C.")]
    [InlineData("The answer: C")]
    public void Multiple_choice_letter_asserted(string reply) =>
        Reveals(P("Which number is prime? A) 21 B) 27 C) 29 D) 33", "C", AnswerKind.MultipleChoice), reply);

    [Theory]
    [InlineData("Only Paris is a capital here.", "option-content")]
    [InlineData("It is P-A-R-I-S.", "option-content/spelled")]
    public void Multiple_choice_text_content(string reply, string kind) =>
        Reveals(P("Capital of France?\nA. Lyon\nB. Paris\nC. Nice", "B", AnswerKind.MultipleChoice), reply, kind);

    [Fact]
    public void A_restated_problem_is_no_reveal_but_a_statement_beside_it_is()
    {
        var problem = P("Which number is prime? A) 21 B) 27 C) 29 D) 33", "C", AnswerKind.MultipleChoice);
        Clean(problem, "The problem is still: Which number is prime? A) 21 B) 27 C) 29 D) 33 What would you check first?");
        Reveals(problem, "The problem is still: Which number is prime? A) 21 B) 27 C) 29 D) 33 Only 29 is prime.");
        Reveals(P("Is 450 the total of 300 and 150?", "450"), "Read it again: Is 450 the total of 300 and 150? Yes, 450.");
    }

    [Theory]
    [InlineData("Look at option B again: is 27 divisible by 3?")]
    [InlineData("Can you check each option for divisors?")]
    public void Other_options_are_no_reveal(string reply) =>
        Clean(P("Which number is prime? A) 21 B) 27 C) 29 D) 33", "C", AnswerKind.MultipleChoice), reply);

    [Fact]
    public void Options_are_read_in_several_layouts()
    {
        Assert.Equal("29", AnswerForms.Options("Which is prime? (a) 21, (b) 27, (c) 29 or (d) 33?")['c']);
        Assert.Equal("Paris", AnswerForms.Options("Capital of France?\nA. Lyon\nB. Paris\nC. Nice")['b']);
        Assert.Empty(AnswerForms.Options("What is 7 × 8?"));
    }

    [Theory]
    [InlineData("x = 7", "So x = 7.", "equation")]
    [InlineData("x = 7", "x=7", "equation")]
    [InlineData("x = 7", "It's seven.", "words-en")]
    [InlineData("y = -5", "So y = −5.", "equation")]
    [InlineData("25%", "It's 25 percent.", "percent")]
    [InlineData("25%", "It's 1/4 of it.", "fraction")]
    [InlineData("25%", "It's a quarter of it.", "fraction-words-en")]
    [InlineData("1000", "It's 1.000 or 1,000.", "digits-grouped")]
    [InlineData("100", "Het is honderd graden.", "words-nl")]
    [InlineData("127", "one hundred and twenty-seven", "words-en")]
    [InlineData("127", "honderdzevenentwintig", "words-nl")]
    [InlineData("0.5", "Half of it: 0.50.", "decimal")]
    [InlineData("0.5", "That's 50 %.", "percent")]
    [InlineData("€ 4,50", "It costs €4,50.", "quantity")]
    [InlineData("€ 4,50", "It costs 4.50 euro.", "quantity")]
    [InlineData("€ 4,50", "Het kost 4,50.", "decimal-comma")]
    [InlineData("2.5", "Twee en een half.", "mixed-words-nl")]
    [InlineData("2.5", "Tweeënhalf!", "mixed-words-nl")]
    [InlineData("2.5", "two-and-a-half", "mixed-words-en")]
    [InlineData("2.5", "2½", "mixed-number")]
    [InlineData("7/3", "about 2.33", "rounded")]
    [InlineData("56", "It comes to 56.0 exactly.", "digits")]
    [InlineData("3/4", "3 quarters of the cake.", "fraction-words-en")]
    [InlineData("3/4", "3 out of 4 pieces.", "fraction-words-en")]
    [InlineData("5/8", "Dat is 5 achtste.", "fraction-words-nl")]
    [InlineData("5/8", "5 van de 8 stukken.", "fraction-words-nl")]
    [InlineData("5/8", "Vijf achtsten.", "fraction-words-nl")]
    [InlineData("3/4", "drie vierden", "fraction-words-nl")]
    [InlineData("60 km/h", "60 km/hr", "quantity")]
    [InlineData("60 km/h", "60 km/uur", "quantity")]
    public void Other_answer_kinds(string answer, string reply, string kind) => Reveals(P("Solve it.", answer, AnswerKind.Number), reply, kind);

    [Fact]
    public void A_form_in_the_problem_that_the_learner_gave_is_exempt_unless_asserted_as_the_result()
    {
        var problem = P("Is 450 the total of 300 and 150?", "450");
        Clean(problem, "You said 450: how did you get it?", history: "I think it's 450");
        Reveals(problem, "So the total should be 450, not 540.", history: "I think it's 450");
        Assert.Equal("asserted-despite-exemption", Detector.Detect(problem, "So the total should be 450.", "450?").Rule);
        // Said by the learner but not in the problem: no exemption (the policy gate, not the detector, handles a solved problem).
        Reveals(P("What is 7 × 8?", "56"), "Yes, 56.", history: "56");
        // In the problem but not said by the learner: no exemption.
        Reveals(problem, "Check 450 again.");
    }

    [Fact]
    public void Finding_explains_the_match()
    {
        const string reply = "Well, it is ⁵⁄₈ of the bar.";
        var finding = Detector.Detect(P("What is 3/4 − 1/8?", "5/8", AnswerKind.Fraction), reply);
        Assert.True(finding.Revealed);
        Assert.Equal("⁵⁄₈", finding.Matched);
        Assert.Equal(reply.IndexOf('⁵', StringComparison.Ordinal), finding.Index);
        Assert.Equal("form", finding.Rule);
    }

    [Fact]
    public void Forms_cover_the_documented_kinds()
    {
        var kinds = Detector.FormsOf(P("What is 3/4 − 1/8?", "5/8", AnswerKind.Fraction)).Select(f => f.Kind).ToHashSet();
        foreach (var kind in new[] { "fraction", "superscript-fraction", "vulgar-fraction", "decimal", "decimal-comma", "decimal-leading-dot", "percent", "fraction-words-en", "fraction-words-nl", "decimal-words" })
        {
            Assert.True(kinds.Contains(kind), $"{kind} missing; kinds: {string.Join(", ", kinds)}");
        }
    }

    [Theory]
    [InlineData("½", "1/2")]
    [InlineData("1½", "1 1/2")]
    [InlineData("¹⁄₂", "1/2")]
    [InlineData("Fifty-Six", "fifty six")]
    [InlineData("x  =  7", "x=7")]
    [InlineData("3 / 4", "3/4")]
    [InlineData("tweeënvijftig", "tweeenvijftig")]
    [InlineData("CO₂", "co2")]
    public void Normalization(string text, string expected) => Assert.Equal(expected, RevealText.Normalize(text));

    [Theory]
    [InlineData(56, "fifty six")]
    [InlineData(127, "one hundred and twenty seven")]
    [InlineData(1000, "one thousand")]
    [InlineData(305, "three hundred and five")]
    public void English_number_words(long n, string words) => Assert.Contains(words, NumberSpelling.English(n));

    [Theory]
    [InlineData(56, "zesenvijftig")]
    [InlineData(22, "tweeentwintig")]
    [InlineData(127, "honderdzevenentwintig")]
    [InlineData(243, "tweehonderddrieenveertig")]
    [InlineData(1000, "duizend")]
    public void Dutch_number_words(long n, string words) => Assert.Contains(words, NumberSpelling.Dutch(n));
}
