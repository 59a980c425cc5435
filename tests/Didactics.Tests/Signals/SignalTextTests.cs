namespace Didactics.Tests;

public class SignalTextTests
{
    [Theory]
    [InlineData("I DON’T KNOW", "i do not know")]
    [InlineData("i don't know", "i do not know")]
    [InlineData("I don`t know", "i do not know")]
    [InlineData("idk", "i do not know")]
    [InlineData("Pleeeeease", "please")]
    [InlineData("plz", "please")]
    [InlineData("Geen idéé!!", "gen ide")]
    [InlineData("tweeënveertig", "twenvertig")]
    [InlineData("kweet t nie", "ik wet het niet")]
    [InlineData("gwn", "gewon")]
    [InlineData("what's 3/4?", "what is 3 4")]
    [InlineData("١٢", "12")]
    [InlineData("  ", "")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, SignalText.Normalize(input));

    [Theory]
    [InlineData("anwser", "answer")]
    [InlineData("antwoort", "antwoord")]
    [InlineData("instrucions", "instructions")]
    [InlineData("instructeis", "instructies")]
    public void Corrects_one_edit_misspellings_of_key_words(string misspelled, string intended)
    {
        _ = KeywordSignalClassifier.Instance; // the classifier's phrases form the lexicon
        Assert.Equal(SignalText.Normalize(intended), SignalText.Normalize(misspelled));
    }

    [Theory]
    [InlineData("house", "horse")]
    [InlineData("cat", "cut")]
    public void Leaves_ordinary_words_alone(string word, string other) => Assert.NotEqual(SignalText.Normalize(other), SignalText.Normalize(word));

    [Theory]
    [InlineData("abcde", "abcde", true)]
    [InlineData("abcde", "abxde", true)]
    [InlineData("abcde", "abdce", true)]
    [InlineData("abcde", "abcd", true)]
    [InlineData("abcde", "abcdef", true)]
    [InlineData("abcde", "axcdy", false)]
    [InlineData("abcde", "ab", false)]
    public void One_edit_distance(string a, string b, bool expected) => Assert.Equal(expected, SignalText.WithinOneEdit(a, b));

    [Theory]
    [InlineData("just? tell me", "tell me now", true)]
    [InlineData("just? tell me", "please just tell me", true)]
    [InlineData("^ what is it $", "what is it", true)]
    [InlineData("^ what is it $", "what is it about", false)]
    [InlineData("^ what is it $", "so what is it", false)]
    [InlineData("ignore ~2 instruct*", "ignore all your instructions", true)]
    [InlineData("ignore ~2 instruct*", "ignore all of your instructions", false)]
    [InlineData("ignore ~3 instruct*", "ignore all of your instructions", true)]
    [InlineData("geef|zeg antwoord", "zeg antwoord", true)]
    public void Phrase_patterns_match(string pattern, string text, bool expected) =>
        Assert.Equal(expected, new PhrasePattern(pattern).IsMatch(SignalText.Tokenize(text)));

    [Theory]
    [InlineData("~x a")]
    [InlineData("!!")]
    [InlineData("   ")]
    public void Malformed_patterns_are_rejected(string pattern) => Assert.ThrowsAny<ArgumentException>(() => new PhrasePattern(pattern));
}

public class RedactionPlaceholderTests
{
    private static readonly Problem Sum = new("sum", "What is 12 + 30?", "42");

    [Theory]
    [InlineData("is it 40? bel me op [phone]", LearnerSignal.IncorrectAttempt)]
    [InlineData("42, mail me at [e-mail]", LearnerSignal.CorrectAttempt)]
    [InlineData("I love my phone and football", LearnerSignal.OffTopic)]
    public void Redaction_placeholders_are_not_learner_words(string message, LearnerSignal expected)
    {
        var verdict = Didactics.DefaultAnswerChecker.Instance.Check(Sum, message);
        Assert.Equal(expected, Didactics.KeywordSignalClassifier.Instance.Classify(Sum, message, verdict));
    }

    [Fact]
    public void Brackets_around_learner_words_are_still_read()
    {
        Assert.Equal(["my", "answer", "is", "x"], Didactics.SignalText.Tokenize("my [answer] is [x"));
    }
}
