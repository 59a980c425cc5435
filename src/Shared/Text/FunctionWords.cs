namespace Didactics.Shared;

/// <summary>
/// The function words of English and Dutch (articles, pronouns, auxiliaries, prepositions, conjunctions, common
/// adverbs): words that carry no topic. Written in plain spelling; each user folds them the way it folds text.
/// </summary>
internal static class FunctionWords
{
    /// <summary>English function words.</summary>
    public static IReadOnlyList<string> English { get; } = (
        "the a an and or but if so to of in on at for with from by about as is are was were be been am do does did have " +
        "has had i you he she it we they me my your our this that these those what which who how why when where there " +
        "here not no yes can could would should will just really very too also then than some any all").Split(' ');

    /// <summary>Dutch function words.</summary>
    public static IReadOnlyList<string> Dutch { get; } = (
        "de het een en of maar als dan te van in op aan voor met uit door over is zijn was waren ben bent heb hebt " +
        "heeft had ik je jij u hij zij ze wij we jullie mij me mijn jouw dit dat deze die wat welke wie hoe waarom " +
        "wanneer waar er hier niet geen ja nee kan kun kunt zou moet wil zal gewoon echt heel ook nog al toch even eens " +
        "nou").Split(' ');

    /// <summary>The English and the Dutch function words.</summary>
    public static IEnumerable<string> All => English.Concat(Dutch);
}
