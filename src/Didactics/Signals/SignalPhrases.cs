namespace Didactics;

// The phrase lists of the deterministic classifiers, English and Dutch. Patterns are written in the normalized
// vocabulary of SignalText (contractions expanded: "do not", "what is", "i am"; Dutch "je" for jij/jou/jouw,
// "niks" for niets, "juf" for juffrouw/mevrouw, "meester" for meneer). See PhrasePattern for the syntax.
internal static class SignalPhrases
{
    private const string Rules = "instruct*|rules|rule|prompt*|guideline*|restriction*|programming|directions|policy|policies|constraints|above|system*|regels|regel|richtlijn*|opdracht*|beperking*|bovenstaande|systeem*";
    private const string AuthorityEn = "teacher|teachers|tutor|mom|mum|mother|dad|father|parents|parent|principal|professor|instructor|school|coach|headmaster|headteacher|miss|sir|mr|mrs|ms";
    private const string AuthorityNl = "juf|meester|leraar|lerares|leerkracht|docent|docente|mentor|mama|papa|mam|pap|moeder|vader|ouders|directeur|directrice|school|coach|trainer";
    private const string Permission = "can|may|allowed|allow|allows|permitted|permission|ok|okay|fine|give|tell|answer|solution|mag|mogen|magt|goed|prima|oke|toestemming|geven|zeggen|vertellen|voorzeggen|antwoord|oplossing|kan|kunt";

    public static readonly PhraseList Injection = new(
        $"ignore|disregard|forget|override|bypass|skip ~4 {Rules}",
        $"negeer|vergeet|omzeil|overschrijf|overrule ~4 {Rules}",
        "you are now", "ignore|disregard|forget all? previous|prior|earlier ~2 messages|prompts|commands", "negeer|vergeet alle? vorige|eerdere ~2 berichten|opdrachten","you are not ~2 tutor|teacher|assistant ~2 anymore|any", "from now on ~3 you|act|be|answer|respond|pretend|reply",
        "^ act as|like", "act as ~2 if|my|a|an|the", "pretend ~3 you|to|that", "role play|playing", "roleplay*", "imagine ~2 you are",
        "new|updated instruct*|rules|prompt", "system prompt*", "what are|were your ~2 prompt*|instruct*|guidelines|rules", "tell|show|give me your ~2 prompt*|instruct*|rules", "reveal|show|print|repeat|display ~3 prompt|instruct*",
        "developer|dev|debug|admin|god|jailbreak|unrestricted|unfiltered mode", "jailbreak*", "do anything now",
        "i am ~2 your|the developer|creator|admin|administrator|programmer|owner|operator|maker", "sudo", "as an ai|llm|assistant without",
        "story|poem|song|game|verhaal|verhaaltje|gedicht|liedje|lied|spel|spelletje|rollenspel ~8 answer|solution|result|antwoord|oplossing|uitkomst",
        "je bent nu", "je bent ~2 geen ~2 tutor|leraar|docent|assistent|juf|meester ~2 meer", "vanaf nu ~3 je|ben|moet|ga|antwoord|gedraag", "doe|gedraag ~2 alsof", "doe|gedraag ~2 als of", "speel ~3 dat je", "speel ~3 rol", "rollenspel",
        "stel je voor ~2 dat je", "nieuwe instruct*|regels|prompt", "systeemprompt*", "systeem prompt*", "wat zijn|is je ~2 prompt*|instruct*|regels|systeemprompt*",
        "laat ~3 prompt|instruct*|regels ~2 zien", "ik ben ~2 je|de ontwikkelaar|maker|programmeur|beheerder|bouwer|eigenaar",
        "ontwikkelaarsmodus|debugmodus|beheerdersmodus|godmodus");

    public static readonly PhraseList Authority = new(
        $"{AuthorityEn} ~4 said|says|told|tells|thinks|wrote ~6 {Permission}",
        $"{AuthorityEn} ~4 allowed|allows|lets|let|permit*|permission|approved|agreed|gave|gives|wants|want ~5 answer|solution|give|tell|me|us|it",
        $"{AuthorityEn} ~4 is ok|okay|fine with", "i have|got ~2 permission", "i am allowed|permitted", "we are allowed|permitted",
        "you are|were allowed|permitted|supposed to ~3 give|tell|say|show", "you have ~2 permission", "it is allowed",
        $"i am ~2 a|the|your {AuthorityEn}|adult|grown", $"as ~2 your|a|the {AuthorityEn}", "with permission from",
        $"{AuthorityNl} ~3 zegt|zei|zeggen|zeiden|gezegd|vindt|vond|schreef|heeft ~6 {Permission}",
        $"het|dat|dit mag ~3 van ~2 {AuthorityNl}", $"van ~2 {AuthorityNl} ~3 mag|mogen|moet",
        $"{AuthorityNl} ~3 heeft|geeft|gaf ~3 toestemming", $"{AuthorityNl} ~3 vindt|vinden|vond|vonden ~3 goed|prima|oke|ok",
        "ik heb ~2 toestemming", "ik mag ~4 antwoord|oplossing|weten|hebben", "je mag|moet ~4 antwoord|oplossing|zeggen|geven|vertellen|voorzeggen",
        $"ik ben ~2 de|je|een {AuthorityNl}|volwassene", "met toestemming ~2 van");

    public static readonly PhraseList AnswerRequest = new(
        "tell|give|show|send|say ~3 answer|solution|result|outcome", "what is|was ~3 answer|solution|result|outcome",
        "^ so? what is it ~1 $", "^ just? answer|solution please? $", "just tell|say|give|answer|show", "tell me ~2 what it is|equals",
        "tell me please? $", "do|solve|finish|answer|calculate|work|complete|figure ~4 for me|us", "can|could|would|will you ~2 just? solve|do|answer|finish|calculate|complete", "can|could|would|will you ~2 work|figure out",
        "i ~1 want|need ~3 answer|solution", "give me ~3 answer|solution|result|number", "reveal|show ~3 answer|solution", "skip ~3 answer|solution|end",
        "say it", "spit it out", "out with it", "come on ~4 tell|say|give", "stop asking|questioning", "what do|should i ~2 write|put|fill|answer|enter",
        "geef|zeg|vertel|noem|verklap ~3 antwoord|oplossing|uitkomst", "wat is|was ~3 antwoord|oplossing|uitkomst", "^ wat is het|dat|ie ~1 dan? $",
        "^ nou? wat is het|t ~1 dan? $", "zeg|vertel het? nou|gewoon|maar|even|eens|alsjeblieft|dan", "^ zeg het|op $", "kom op ~3 zeg|geef|vertel",
        "^ los ~3 op", "los|reken ~3 op|uit ~2 voor mij|me", "kun|kan|wil|zou je ~4 oplossen|uitrekenen", "kun|kan|wil|zou je ~4 voor mij|me ~3 oplossen|uitrekenen|doen|maken", "doe|maak|reken ~3 voor mij|me",
        "ik wil ~3 antwoord|oplossing", "mag ik ~3 antwoord|oplossing", "wat moet ik ~3 invullen|opschrijven|antwoorden|schrijven",
        "wat komt ~2 eruit|uit", "^ hoeveel is het ~1 $", "voorzeggen", "verklap", "hou op met ~2 vragen");

    public static readonly PhraseList DontKnow = new(
        "i do not ~2 know", "do not know", "give|can|could|may|get|need|want ~4 hint|hints|tip|tips|clue", "^ hint|tip|clue please? $",
        "geef|geven|mag|kan|kun|wil|krijg ~4 hint|hintje|tip|tipje|hulp", "^ hint|hintje|tip|tipje ~1 $", "no ~2 idea|clue", "not sure", "i am ~2 stuck|lost|confused", "^ stuck", "i give up",
        "i do not ~2 get|understand", "i can not ~3 do|figure|solve|understand|get", "makes no sense", "where|how do|should i ~2 start|begin",
        "^ help ~2 $", "i need ~2 help", "what do i ~2 do", "i have no ~2 idea|clue", "clueless", "confused",
        "ik weet ~3 niet|niks", "help me|mij|ons", "kun|kan je ~2 helpen", "weet ik ~2 niet|niks", "^ weet niet", "geen ~2 idee|benul|flauw", "ik snap ~4 niks|niet|geen", "snap ~3 niks|niet",
        "ik begrijp ~4 niks|niet", "ik zit ~2 vast", "ik kom ~3 niet uit", "ik kan ~3 niet", "ik geef ~2 op", "ik ben ~2 kwijt|verward|de weg kwijt",
        "waar|hoe ~2 begin|moet ik ~3 beginnen", "ik heb ~2 hulp nodig", "hoe moet dit|dat|ik");

    public static readonly PhraseList Social = new(
        "^ hi|hello|hey|hoi|hallo|hai|yo|ok|okay|oke|yes|no|ja|nee|jep|yep|nope|thanks|bedankt|dank|cool|nice|top|super|bye|doei|goedemorgen|goedemiddag|morning|sure|prima|goed ~2 $",
        "^ thank you ~2 $", "^ dank je ~2 $", "^ good morning|afternoon|evening $", "^ let us|lets go $");

    public static readonly PhraseList Directive = new(
        "do|write|make|finish|complete|solve|calculate|work ~4 for me|us", "doe|maak|schrijf|los|reken ~4 voor mij|me|ons",
        "give me ~2 steps|working|work", "geef ~3 stappen|uitwerking", "just do it", "doe het maar", "^ do it $", "^ doe het $");

    public static readonly PhraseList Validation = new(
        "is|was ~5 right|correct|good|true|wrong|ok|okay|incorrect", "am i ~2 right|correct|close|wrong|on", "did i ~3 right|wrong|correctly",
        "check ~3 my|this|answer|work|it", "right $", "correct $", "klopt ~3", "is ~5 goed|juist|fout|correct|verkeerd", "heb ik ~3 goed|gelijk|juist|fout",
        "toch $", "controleer|check ~3", "zit ik ~3 goed|juist|buurt", "ben ik ~2 goed|juist|in de buurt");

    public static readonly PhraseList Learning = new(
        "why", "how come", "how do|does|can|should|would|is|are", "what does ~4 mean", "what is a|an", "what are ~2 $", "explain", "understand",
        "teach me", "learn", "how to", "the difference", "what do you mean", "example|examples", "wat bedoel je", "voorbeeld|voorbeelden", "waarom", "hoezo", "hoe ~4 werkt|komt|kan|kun|moet|zit|doe|weet|reken", "wat betekent|betekend",
        "wat is een", "leg ~4 uit", "uitleggen", "uitleg", "ik wil ~3 snappen|begrijpen|leren|weten", "verschil");

    public static readonly PhraseList FeedbackLoop = new(
        "^ and? now|next|then ~1 $", "what now|next", "next step|one", "try again", "still ~2 wrong|incorrect|not", "it says|said ~3 wrong|incorrect|false",
        "does|did not work", "^ en nu|dan ~1 $", "wat nu", "^ volgende", "nog ~2 steeds|fout", "werkt niet", "wat moet ik nu", "^ verder $", "^ nog een keer|keertje $");

    /// <summary>Forces the lists (and the spelling lexicon) to load.</summary>
    public static void EnsureLoaded() => _ = Lexicon;

    // Whole words behind the prefix patterns (instruct*, prompt*), so that misspellings of them are corrected too.
    private static readonly bool Lexicon = AddLexicon(
        "instructions instruction instructies instructie prompt prompts systeemprompt guidelines restrictions richtlijnen opdrachten opdracht " +
        "answer solution antwoord oplossing uitkomst please alsjeblieft teacher permission toestemming");

    private static bool AddLexicon(string words)
    {
        SignalText.AddToLexicon(words.Split(' ').Select(w => string.Concat(SignalText.Fold(w))));
        return true;
    }
}
