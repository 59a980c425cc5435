using Didactics.CodeFixes;
using Didactics.SourceGeneration;
using Microsoft.CodeAnalysis.Testing;

namespace Didactics.Analyzers.Tests;

public sealed class StrategyContentTests
{
    private static AnalyzerTest<StrategyContentAnalyzer> Test(string source) => new(source);

    [Fact]
    public Task DID0004_AnswerInNonRevealTemplate_ReportedOnTheLiteral()
    {
        var test = Test("""
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Template = {|#0:"Guide the learner towards {{ Answer }}."|})]
            [Phase("Tell", PhaseMove.Reveal, Terminal = true, Template = "The answer is {{ Answer }}.")]
            public partial class Quiz { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.TemplateExposesAnswer).WithLocation(0)
            .WithMessage("The template of phase 'Ask' uses '{{ Answer }}', but only a Reveal phase may see the reference answer; use '{{ Verdict }}' so the answer stays outside the model and the learner's view"));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0004_AnswerInAuthoredContent_ReportedPerEntry()
    {
        var test = Test("""
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, Content = new[] { "What do you notice?", {|#0:"Is it {{Answer|string.upcase}}?"|} })]
            public partial class Quiz { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.TemplateExposesAnswer).WithLocation(0).WithArguments("authored content", "Ask"));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0004_AnswerOutsideCodeBlocksOrAsPartOfAName_IsNotReported() => Test("""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy(Disclosure.Never)]
        [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, Template = "Answer questions with a question. {{ AnswerHint }} {{ model.Answer }}")]
        public partial class Quiz { }
        """).RunAsync();

    [Fact]
    public Task DID0004_Fix_ReplacesAnswerByVerdict_FixAllAcrossPhases()
    {
        var test = new FixTest<StrategyContentAnalyzer, TemplateAnswerCodeFixProvider>(
            """
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Template = {|DID0004:"Steer towards {{ Answer }} and {{Answer}}."|})]
            [Phase("Check", PhaseMove.Feedback, Terminal = true, Content = new[] { {|DID0004:@"It was {{ Answer }}."|} })]
            public partial class Quiz { }
            """,
            """
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Template = "Steer towards {{ Verdict }} and {{Verdict}}.")]
            [Phase("Check", PhaseMove.Feedback, Terminal = true, Content = new[] { @"It was {{ Verdict }}." })]
            public partial class Quiz { }
            """,
            TemplateAnswerCodeFixProvider.ReplaceKey);
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task DID0004_ConstantTemplate_IsReportedWithoutAFix()
    {
        var test = new FixTest<StrategyContentAnalyzer, TemplateAnswerCodeFixProvider>(
            """
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, Template = {|DID0004:Texts.Prompt|})]
            public partial class Quiz { }

            internal static class Texts
            {
                public const string Prompt = "Hint at {{ Answer }}.";
            }
            """,
            """
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, Template = {|DID0004:Texts.Prompt|})]
            public partial class Quiz { }

            internal static class Texts
            {
                public const string Prompt = "Hint at {{ Answer }}.";
            }
            """);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("The answer is 42.", "The answer is 42")]
    [InlineData("Nearly there: the correct answer: 3/4", "the correct answer: 3/4")]
    [InlineData("Het antwoord is 7, reken maar na.", "Het antwoord is 7")]
    [InlineData("De oplossing luidt \"x = 3\".", "De oplossing luidt \"x = 3\"")]
    [InlineData("So the final answer would be B", "the final answer would be B")]
    [InlineData("The result is 12,5%", "The result is 12,5%")]
    [InlineData("Convert to centimetres first: you should end up with 250 cm.", "you should end up with 250")]
    [InlineData("Your answer should be 0.75 once you divide.", "Your answer should be 0.75")]
    [InlineData("It works out to 3/4 of the pizza.", "It works out to 3/4")]
    [InlineData("The right option is (B).", "The right option is (B)")]
    [InlineData("Look again: option [C] is correct.", "option [C] is correct")]
    [InlineData("Kies (b) en leg uit waarom.", "Kies (b)")]
    [InlineData("Reken om naar meters; je komt uit op 12,5 meter.", "je komt uit op 12,5")]
    [InlineData("Je antwoord moet 40 euro zijn.", "Je antwoord moet 40 euro zijn")]
    [InlineData("Spelled out, the answer is three quarters.", "the answer is three quarters")]
    [InlineData("The correct answer is option B, not A.", "The correct answer is option B")]
    [InlineData("The result is about 12,5 kg.", "The result is about 12,5")]
    [InlineData("Het antwoord is driekwart.", "Het antwoord is driekwart")]
    public Task DID0005_HintStatingTheAnswer_IsReported(string hint, string stated)
    {
        var test = Test($$"""
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 2)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true)]
            [Hint("Think about the units.")]
            [Hint({|#0:"{{hint.Replace("\"", "\\\"")}}"|})]
            public partial class Quiz { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.HintContainsAnswer).WithLocation(0)
            .WithMessage($"Hint rung 2 of strategy 'quiz' states the final answer ('{stated}') while the answer policy forbids disclosing it now; a hint must leave the final step to the learner"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("The answer is not 5: check your sign.")]
    [InlineData("The answer is a fraction.")]
    [InlineData("What is the answer? Compare it with 7.")]
    [InlineData("Het antwoord is groter dan je denkt.")]
    [InlineData("The result is 3 fractions to compare: which is the largest?")]
    [InlineData("The result is 2 numbers; what do you do with them?")]
    [InlineData("You should get a common denominator first.")]
    [InlineData("Choose a common denominator.")]
    [InlineData("Option B is tempting, but check it against the units.")]
    [InlineData("You get 2 tries for each step.")]
    [InlineData("The answer is one of the four options.")]
    [InlineData("The result is two fractions with the same denominator.")]
    [InlineData("The answer is an even number.")]
    public Task DID0005_HintsThatLeaveTheStepToTheLearner_AreNotReported(string hint) => Test($$"""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy(Disclosure.Never)]
        [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true)]
        [Hint("{{hint}}")]
        public partial class Quiz { }
        """).RunAsync();

    [Fact]
    public Task DID0005_NotReported_WhenThePolicyDisclosesAnyway() => Test("""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy(Disclosure.Always)]
        [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true)]
        [Hint("The answer is 42.")]
        public partial class Quiz { }
        """).RunAsync();

    [Fact]
    public Task DID0011_AnswerKeyInContent_IsReported_ExceptInARevealPhaseThatMayDisclose()
    {
        var test = Test("""
            using Didactics;

            [Strategy("mc", Preamble = {|#2:"Reply in the format 1A 2B 3C."|})]
            [AnswerPolicy(Disclosure.AfterAttempts, MinAttempts = 1)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Content = new[] { "Pick one option per question.", {|#0:"Key: 1-b, 2-d, 3-a, 4-c"|} })]
            [Phase("Tell", PhaseMove.Reveal, Terminal = true, Content = new[] { "Key: 1B 2D 3A 4C" })]
            [Hint({|#1:"Compare with 1) C 2) A 3) D"|})]
            public partial class Mc { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AnswerKeyInContent).WithLocation(0)
            .WithMessage("The authored content of phase 'Ask' contains what looks like an answer key ('1-b, 2-d, 3-a, 4-c'); a learner would see it before making an attempt"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AnswerKeyInContent).WithLocation(1).WithArguments("hint rung 1", "1) C 2) A 3) D"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AnswerKeyInContent).WithLocation(2).WithArguments("strategy preamble", "1A 2B 3C"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("Step 1 apple 2 banana 3 cherry")]
    [InlineData("Questions 1 and 2 are about fractions.")]
    [InlineData("Read 1A and 2B of the book.")]
    [InlineData("Q1 and Q2 are warm-ups, Q3 is harder.")]
    [InlineData("Sections a) to c) cover fractions.")]
    public Task DID0011_OrdinaryNumberedText_IsNotReported(string content) => Test($$"""
        using Didactics;

        [Strategy("quiz")]
        [AnswerPolicy(Disclosure.Never)]
        [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, Content = new[] { "{{content}}" })]
        public partial class Quiz { }
        """).RunAsync();

    [Theory]
    [InlineData("Check yourself: Q1: B, Q2: D, Q3: A", "Q1: B, Q2: D, Q3: A")]
    [InlineData("Question 1 (C) Question 2 (A) Question 3 (D)", "Question 1 (C) Question 2 (A) Question 3 (D)")]
    [InlineData("Key a) C b) A c) D", "a) C b) A c) D")]
    [InlineData("V1-b V2-c V3-a V4-d", "V1-b V2-c V3-a V4-d")]
    public Task DID0011_KeyWithLetterLabels_IsReported(string content, string key)
    {
        var test = Test($$"""
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, Content = new[] { {|#0:"{{content}}"|} })]
            public partial class Quiz { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AnswerKeyInContent).WithLocation(0).WithArguments("authored content of phase 'Ask'", key));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0011_RevealPhaseUnderNeverPolicy_IsStillReported()
    {
        var test = Test("""
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Tell", PhaseMove.Reveal, Start = true, Terminal = true, Template = {|#0:"Answers: 1B 2D 3A"|})]
            public partial class Quiz { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AnswerKeyInContent).WithLocation(0).WithArguments("template of phase 'Tell'", "1B 2D 3A"));
        return test.RunAsync();
    }

    /// <summary>The generator reads TemplateFile/ContentFiles from the project's .sbn files; the content rules read the same text.</summary>
    [Fact]
    public Task DID0004_And_DID0011_InTemplateAndContentFiles_AreReportedInTheFile()
    {
        var test = Test("""
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, TemplateFile = "Templates/ask.sbn", ContentFiles = new[] { "Templates/ask-content.sbn", "key.sbn" })]
            public partial class Quiz { }
            """);
        test.TestState.AdditionalFiles.Add(("/project/Templates/ask.sbn", "Ask about {{ Problem }}.\nSteer towards {{ Answer }}."));
        test.TestState.AdditionalFiles.Add(("/project/Templates/ask-content.sbn", "Think of {{ Problem | string.upcase }} and {{ Answer }}."));
        test.TestState.AdditionalFiles.Add(("/project/Content/key.sbn", "Reply like Q1: B, Q2: D, Q3: A."));
        // An unrelated template that uses Answer: no phase reads it (the generator reports DID1011), no design rule applies.
        test.TestState.AdditionalFiles.Add(("/project/Templates/unused.sbn", "{{ Answer }}"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.AnswerKeyInContent).WithSpan("/project/Content/key.sbn", 1, 1, 1, 32).WithArguments("authored content of phase 'Ask'", "Q1: B, Q2: D, Q3: A"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.TemplateExposesAnswer).WithSpan("/project/Templates/ask-content.sbn", 1, 1, 1, 57).WithArguments("authored content", "Ask"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.TemplateExposesAnswer).WithSpan("/project/Templates/ask.sbn", 1, 1, 2, 28).WithArguments("template", "Ask"));
        return test.RunAsync();
    }

    [Fact]
    public Task DID0004_TemplateFileThatMatchesSeveralFiles_IsLeftToTheGenerator()
    {
        var test = Test("""
            using Didactics;

            [Strategy("quiz")]
            [AnswerPolicy(Disclosure.Never)]
            [Phase("Ask", PhaseMove.Elicit, Start = true, Terminal = true, TemplateFile = "ask.sbn")]
            public partial class Quiz { }
            """);
        test.TestState.AdditionalFiles.Add(("/a/ask.sbn", "{{ Answer }}"));
        test.TestState.AdditionalFiles.Add(("/b/ask.sbn", "{{ Answer }}"));
        return test.RunAsync();
    }
}
