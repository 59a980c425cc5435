using Didactics.Shared;

namespace Didactics;

/// <summary>
/// Everyday English and Dutch words. A text answer that is one of them ("better", "beter", "more", "same") is only a
/// reveal when a reply states it as the answer: tutors use these words all the time ("you'll remember it much better").
/// A rarer word ("photosynthesis", "Paris", "children") is a reveal wherever it stands, unless the statement has it.
/// </summary>
internal static class CommonWords
{
    // The function words, then everyday words beyond them (plain ASCII: normalization leaves them as they are).
    private static readonly HashSet<string> Words = new(
        FunctionWords.All.Concat((
            "above across after again against almost alone along already always among another anything around ask away back bad " +
            "because become before begin behind being below best better between big both bottom call case change check clear close " +
            "come day different done down during each early easy either else end enough ever every example fact far fast few find " +
            "first follow found full get give go good great group half hand hard help high hold home idea important inside into its " +
            "keep kind know large last late later learn least left less let life like line little long look lot low make many may " +
            "maybe mean more most much must near need never new next nothing now number off often old once one only open order other " +
            "out outside own part people place plan point possible problem put question quick quite rather real right same say second " +
            "see seem set show side simple since small something sometimes soon start step still such sure take tell thank their them " +
            "thing think though through time together top try turn two under until up us use want way well while whole without word " +
            "work world write wrong yet answer result sum total product difference amount value times piece pieces equal bigger " +
            "smaller larger greater fewer higher lower faster slower longer shorter heavier lighter older younger true false alle " +
            "alleen alles altijd ander andere antwoord beetje beide beter bij binnen boven buiten daar daarna dag deel den der doen " +
            "dus eerst eerste eigen elk elke enkele erg ga gaan gelijk goed graag groot grote hebben helemaal helft hoger hoog houden " +
            "hun keer klein kleine kleiner komen kort kunnen laat laatste lang langer leren liever maken man meer meest minder " +
            "misschien moeten mooi na naar niets nooit nu ok om omdat onder ons plaats punt samen snel som soms staat stap stuk " +
            "stukken teveel tijd tot totaal twee uitkomst veel verder verschil vind vraag weer wel werk weten woord worden wordt " +
            "zeker zelf zelfde zich zien zo zonder").Split(' ')),
        StringComparer.Ordinal);

    /// <summary>True when the normalized answer is a single everyday word.</summary>
    public static bool IsCommon(string normalized) => normalized.IndexOf(' ') < 0 && Words.Contains(normalized);
}
