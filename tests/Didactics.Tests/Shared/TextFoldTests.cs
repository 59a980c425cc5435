using System.Globalization;
using System.Text;
using Didactics.Shared;

namespace Didactics.Tests.Shared;

public class TextFoldTests
{
    [Theory]
    [InlineData("Één", "een")]
    [InlineData("Geen idéé!", "geen idee!")]
    [InlineData("ČEŠTINA", "cestina")]
    [InlineData("Øre straße Æble Þorn Ðe", "øre straße æble þorn ðe")]
    [InlineData("e\u0301e", "ee")]
    [InlineData("한국어", "한국어")]
    [InlineData("counting", "counting")]
    public void Folds_case_and_diacritics(string text, string folded) => Assert.Equal(folded, TextFold.Fold(text));

    [Fact]
    public void Every_character_folds_as_lower_case_plus_canonical_decomposition_without_marks()
    {
        // The definition the runtime's table and the kit's and classifiers' decomposition used to write separately.
        for (var c = '\0'; c < '\u3000'; c++)
        {
            if (char.IsSurrogate(c) || TextFold.IsCombiningMark(c))
            {
                continue;
            }

            var decomposed = char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD);
            var marksOnly = decomposed.Skip(1).All(d => CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark);
            var expected = marksOnly ? decomposed[0] : char.ToLowerInvariant(c);
            Assert.True(expected == TextFold.Fold(c), $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData("Wat is de volgende stap? Welk getal hoort erbij?", "nl")]
    [InlineData("What is the next step? Which number fits?", "en")]
    [InlineData("Hoeveel keer past 3 in 12?", "nl")]
    [InlineData("How many times does 3 go into 12?", "en")]
    [InlineData("we", "en")]
    public void Guesses_english_or_dutch(string text, string language) => Assert.Equal(language, LanguageMarkers.Guess(text));

    [Fact]
    public void A_word_of_both_languages_does_not_vote()
    {
        Assert.Equal((0, 0), LanguageMarkers.Votes("we is"));
        Assert.Equal((1, 1), LanguageMarkers.Votes("the het"));
    }

    [Fact]
    public void Every_function_word_is_a_common_word_for_the_guard()
    {
        Assert.All(FunctionWords.All, word => Assert.True(CommonWords.IsCommon(word), word));
    }
}
