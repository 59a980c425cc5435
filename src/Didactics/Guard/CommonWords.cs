namespace Didactics;

/// <summary>
/// Everyday English and Dutch words. A text answer that is one of them ("better", "beter", "more", "same") is only a
/// reveal when a reply states it as the answer: tutors use these words all the time ("you'll remember it much better").
/// A rarer word ("photosynthesis", "Paris", "children") is a reveal wherever it stands, unless the statement has it.
/// </summary>
internal static class CommonWords
{
    private static readonly HashSet<string> Words = new(
        ("a about above across after again against all almost alone along already also always am among an and another any anything are " +
        "around as ask at away back bad be because become been before begin behind being below best better between big both bottom but by " +
        "call can case change check clear close come could day different do does done down during each early easy either else end enough " +
        "even ever every example fact far fast few find first follow for found from full get give go good great group half hand hard has " +
        "have help here high hold home how idea if important in inside into is it its just keep kind know large last late later learn least " +
        "left less let life like line little long look lot low make many may maybe me mean more most much must my near need never new next " +
        "no not nothing now number of off often old on once one only open or order other our out outside over own part people place plan " +
        "point possible problem put question quick quite rather real really right same say second see seem set should show side simple " +
        "since small so some something sometimes soon start step still such sure take tell than thank that the their them then there these " +
        "they thing think this those though through time to together too top try turn two under until up us use very want way we well " +
        "were what when where which while who whole why will with without word work world would write wrong yes yet you your " +
        "answer result sum total product difference amount value times group part piece pieces whole half same equal more less bigger " +
        "smaller larger greater fewer higher lower faster slower longer shorter heavier lighter older younger first last next true false " +
        "aan al alle alleen alles als altijd ander andere antwoord beetje begin beide ben best beter bij binnen boven buiten daar daarna dag " +
        "dan dat de deel den der deze die dit doen door dus een eerst eerste eigen een elk elke en enkele er erg even ga gaan geen gelijk " +
        "goed graag groot grote had hard heb hebben heel helemaal helft het hier hij hoe hoger hoog houden hun ik in is ja je jij jouw " +
        "kan keer klein kleine kleiner komen kort kunnen laat laatste lang langer later leren liever maar maken man meer meest met minder " +
        "misschien moet moeten mooi na naar nee niet niets nog nooit nu of ok om omdat onder ons ook op over plaats punt samen snel som " +
        "soms staat stap stuk stukken te teveel tijd toch tot totaal twee uit uitkomst van veel verder verschil vind voor vraag waar waarom " +
        "wat want wanneer we weer wel werk weten wie wil wij woord worden wordt zal ze zeker zelf zelfde zich zien zijn zo zonder zou").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>True when the normalized answer is a single everyday word.</summary>
    public static bool IsCommon(string normalized) => normalized.IndexOf(' ') < 0 && Words.Contains(normalized);
}
