using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Didactics.SourceGeneration;

/// <summary>
/// The heuristics for stated answers (DID0005) and answer keys (DID0011), documented on the rule pages. A stated
/// answer is found by a set of wordings, each a phrase that commits to a value, followed by a value: a number (with
/// an optional unit or percent sign), a fraction, a quoted text or an option letter (also in brackets). A number
/// followed by a noun that counts parts of the task ("3 fractions to compare") describes the work, not the result.
/// </summary>
internal static class HintText
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    // A number (decimal, fraction, percent); the word after it, if any, is looked at (a unit or a counted noun) but not taken.
    private const string Number = @"(?:(?:about|around|roughly|approximately|exactly|ongeveer|precies)\s+)?(?<number>-?\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?\s*%?|" + NumberWord + @")(?=(?:\s*(?<unit>[^\W\d_]+))?)";

    // Spelled-out values, English and Dutch: "three quarters", "twaalf", "a half" is left out (an article, not a value).
    private const string NumberWord = @"(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred"
        + @"|nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|honderd|driekwart)(?:\s+(?:quarters?|thirds?|halves|fifths?|tenths?|kwart|derde|vijfde))?)(?![\w-])";
    private const string Quoted = @"""[^""]+""|'[^']+'|\u201C[^\u201D]+\u201D";
    private const string Letter = @"\((?-i:[A-Ea-e])\)|\[(?-i:[A-Ea-e])\]|(?<![\w])(?-i:[A-E])(?![\w])";
    private const string Value = "(?<value>" + Number + "|" + Quoted + "|" + @"(?:(?:option|choice|letter|optie|antwoord)\s+)?(?:" + Letter + "))";
    private const string Option = @"(?<value>\((?-i:[A-Ea-e])\)|\[(?-i:[A-Ea-e])\]|(?<![\w])(?-i:[A-E])(?![\w]))";

    /// <summary>The wordings that commit to a value, English and Dutch.</summary>
    private static readonly Regex[] Wordings =
    {
        // "the answer is 12", "the correct answer: 3/4", "het antwoord is 7", "de oplossing luidt 'x = 3'".
        new Regex(
            @"\b(?:the\s+(?:final\s+|correct\s+|right\s+)?(?:answer|solution|result)|(?:het|dat)\s+(?:juiste\s+|goede\s+)?(?:antwoord|resultaat)|de\s+(?:juiste\s+|goede\s+)?(?:oplossing|uitkomst))"
            + @"\s*(?:is|equals|would\s+be|=|:|luidt|wordt|was)\s*[:=]?\s*" + Value,
            Options,
            Timeout),

        // "your answer should be 250 cm", "your total will come to 2.5 m", "the result should equal 0.75".
        new Regex(
            @"\b(?:your|the)\s+(?:final\s+)?(?:answer|result|total|outcome|sum)\s+(?:should|will|must|ought\s+to)\s+(?:be|equal|come\s+to|come\s+out\s+(?:at|to|as))\s*[:=]?\s*" + Value,
            Options,
            Timeout),

        // "you should end up with 250 cm", "you'll arrive at 0.75", "it comes out to 12".
        new Regex(
            @"\b(?:you(?:\s+should|\s+will|'ll|\s+must|\s+ought\s+to)?\s+(?:get|arrive\s+at|end\s+up\s+(?:with|at)|obtain|reach|land\s+on|come\s+out\s+(?:at|to|with))"
            + @"|(?:it|this|that|everything)\s+(?:should\s+)?(?:comes?|works?)\s+out\s+(?:to|at|as))\s*[:=]?\s*" + Value,
            Options,
            Timeout),

        // "je antwoord moet 12 zijn", "je komt uit op 0,75", "je zou moeten uitkomen op 250 cm".
        new Regex(
            @"\b(?:(?:je|jouw|het)\s+(?:antwoord|uitkomst|resultaat)\s+(?:moet|zou|hoort)\s+" + Value + @"(?:\s+[^\W\d_]+)?\s+(?:zijn|worden)"
            + @"|je\s+(?:komt|zou|moet)\s+(?:moeten\s+)?(?:uit\s+op|uitkomen\s+op|krijgen)\s*" + Value + ")",
            Options,
            Timeout),

        // "the right option is (B)", "option C is correct", "[D] is the right one", "pick (b)", "kies B".
        new Regex(
            @"\b(?:(?:the\s+)?(?:right|correct|good|juiste|goede)\s+(?:option|choice|letter|optie|keuze)\s+(?:is|was|=|:)\s*" + Option
            + @"|(?:pick|choose|select|tick|circle|go\s+with|kies|kruis)\s+(?:option\s+|answer\s+|optie\s+|antwoord\s+)?" + Option + ")",
            Options,
            Timeout),
        new Regex(
            @"(?:\b(?:option|choice|answer|optie|antwoord)\s+)?" + Option + @"\s+(?:is|was)\s+(?:the\s+|het\s+)?(?:correct|right|juist|goed)\b",
            Options,
            Timeout),
    };

    /// <summary>Nouns that count parts of the task: "the result is 3 fractions to compare" describes the work.</summary>
    private static readonly HashSet<string> CountedNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "number", "numbers", "fraction", "fractions", "value", "values", "term", "terms", "step", "steps", "part", "parts",
        "case", "cases", "thing", "things", "item", "items", "option", "options", "digit", "digits", "quantity", "quantities",
        "factor", "factors", "equation", "equations", "expression", "expressions", "pair", "pairs", "group", "groups",
        "decimal", "decimals", "row", "rows", "column", "columns", "question", "questions", "sum", "sums", "candidate", "candidates",
        "getal", "getallen", "breuk", "breuken", "stap", "stappen", "waarde", "waarden", "term", "termen", "deel", "delen",
        "vraag", "vragen", "mogelijkheden", "opties",
        "try", "tries", "attempt", "attempts", "chance", "chances", "hint", "hints", "kans", "kansen", "poging", "pogingen", "tips",
    };

    // Three or more labelled multiple-choice answers in a row: "1B 2D 3A", "1-b, 2-c, 3-a", "1) C 2) A 3) D",
    // "Q1: B, Q2: D, Q3: A", "Question 1 (C) Question 2 (A) Question 3 (D)", "a) C b) A c) D".
    private const string KeyLabel = @"(?:(?:(?i:q|v|vr|vraag|question|item|opgave|exercise|ex|task|taak|no|nr)\.?\s?|\#)?\d{1,2}|[a-z](?=\s*[-.):=]))";
    private const string KeyItem = KeyLabel + @"(?:\s*[-.):=]\s*|\s?)(?:[A-Ea-e]|\([A-Ea-e]\)|\[[A-Ea-e]\])";
    private static readonly Regex AnswerKey = new Regex(
        @"(?<![\w])" + KeyItem + @"(?:[\s,;/|]+" + KeyItem + @"){2,}(?![\w])",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>The first stated answer in <paramref name="text"/>, or null.</summary>
    public static string? FindStatedAnswer(string text)
    {
        try
        {
            Match? first = null;
            foreach (var wording in Wordings)
            {
                for (var match = wording.Match(text); match.Success; match = match.NextMatch())
                {
                    if (!CountsParts(match, text))
                    {
                        if (first is null || match.Index < first.Index)
                        {
                            first = match;
                        }

                        break;
                    }
                }
            }

            return first?.Value.TrimEnd();
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    public static string? FindAnswerKey(string text)
    {
        try
        {
            var match = AnswerKey.Match(text);
            return match.Success ? match.Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when the number is followed by a noun that counts parts of the task, or by "to/om te + verb"
    /// ("3 fractions to compare", "2 getallen om te vergelijken").
    /// </summary>
    private static bool CountsParts(Match match, string text)
    {
        var unit = match.Groups["unit"];
        if (!match.Groups["number"].Success || !unit.Success)
        {
            return false;
        }

        if (CountedNouns.Contains(unit.Value))
        {
            return true;
        }

        // "one of the options", "een van de twee": a count of parts, not a value ("3/4 of the pizza" stays a value).
        var number = match.Groups["number"].Value;
        var isCount = number.IndexOfAny(new[] { '/', '.', ',', '%' }) < 0;
        if (isCount && (unit.Value.Equals("of", StringComparison.OrdinalIgnoreCase) || unit.Value.Equals("van", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var rest = text.Substring(unit.Index + unit.Length).TrimStart();
        return rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("om te ", StringComparison.OrdinalIgnoreCase);
    }
}
