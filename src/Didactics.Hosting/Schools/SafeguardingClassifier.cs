using System.Text;
using System.Text.RegularExpressions;
using Didactics.Shared;

namespace Didactics.Hosting;

/// <summary>What a safeguarding disclosure is about.</summary>
public enum SafeguardingCategory
{
    /// <summary>No disclosure.</summary>
    None = 0,

    /// <summary>Suicidal thoughts or self-harm (the learner's own, or a friend's).</summary>
    SelfHarm = 1,

    /// <summary>Physical, sexual or emotional abuse, or not being safe at home.</summary>
    Abuse = 2,

    /// <summary>Being bullied, threatened or excluded.</summary>
    Bullying = 3,
}

/// <summary>The verdict on one learner message.</summary>
/// <param name="Category">The category, or <see cref="SafeguardingCategory.None"/>.</param>
/// <param name="Rule">The rule that fired (for the audit and tests), or null.</param>
public sealed record SafeguardingVerdict(SafeguardingCategory Category, string? Rule)
{
    /// <summary>No disclosure.</summary>
    public static SafeguardingVerdict None { get; } = new(SafeguardingCategory.None, null);

    /// <summary>True when the message discloses something a trusted adult must hear about.</summary>
    public bool IsDisclosure => Category != SafeguardingCategory.None;
}

/// <summary>Decides whether a learner message discloses self-harm, abuse or bullying. Runs before anything reaches a model.</summary>
public interface ISafeguardingClassifier
{
    /// <summary>
    /// Classifies <paramref name="text"/>: the learner's cleaned message before redaction, so a redacted name or number
    /// cannot hide a disclosure. A classifier that sends it anywhere must treat it as personal data.
    /// </summary>
    ValueTask<SafeguardingVerdict> ClassifyAsync(string text, string language, CancellationToken cancellationToken = default);
}

/// <summary>
/// The default, deterministic safeguarding classifier for English and Dutch. It folds the text (case, diacritics,
/// apostrophes, digit-for-letter spelling such as <c>d1e</c>, stretched letters such as <c>pleeeease</c>, chat
/// abbreviations such as <c>kms</c> or <c>wanna</c>), removes figures of speech that only look like disclosures
/// ("this will be the death of me", "ik schaam me dood", "dat slaat nergens op"), and then looks for a person doing
/// harm to the learner, the learner wanting to die or hurt themselves, or the learner being bullied. It errs on the
/// side of care: an explicit phrase such as "I'll kill myself if I fail" counts, said in frustration or not.
/// </summary>
public sealed partial class SafeguardingClassifier : ISafeguardingClassifier
{
    /// <summary>The shared instance.</summary>
    public static SafeguardingClassifier Instance { get; } = new();

    // Word classes, written in plain spelling; every pattern is folded (double letters squeezed) like the text.
    private const string Me = "(?:me|myself|mij|mezelf|mijzelf|my (?:mum|mom|mother|mam|sister|brother|little \\w+|baby \\w+))";
    private const string Self = "(?:myself|my self|meself|herself|himself|themselves|themself|mezelf|mijzelf|zichzelf)";
    private const string Gap = "(?:\\w+ ){0,3}";
    private const string PersonEn = "(?:dad|daddy|father|mum|mom|mommy|mummy|mother|stepdad|stepfather|stepmom|stepmum|stepmother|brother|sister|uncle|aunt|auntie|grandpa|grandma|granddad|grandad|parents|parent|he|she|they|teacher|coach|boyfriend|girlfriend|cousin|babysitter|neighbour|neighbor|someone|somebody|man|guy|mums boyfriend|moms boyfriend|bf|gf|stepbrother|stepsister|older brother|older sister|carer|foster dad|foster mum|foster mom)";
    private const string PersonNl = "(?:vader|pa|papa|moeder|ma|mama|mam|stiefvader|stiefmoeder|broer|zus|oom|tante|opa|oma|ouders|hij|ze|zij|juf|meester|leraar|trainer|vriend|neef|buurman|iemand|man)";
    private const string HarmEn = "(?:hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|strangles|burns|burned|burnt|hurts|hurt|hurting|abuses|abused|touches|touched|touching|molests|molested|rapes|raped|whips|whipped|grabs|grabbed|lock|locks|locked|starves|threatens|threatened)";
    private const string HarmNl = "(?:slaat|sloeg|slaan|schopt|schopte|stompt|stompte|knijpt|mishandelt|mishandelde|misbruikt|misbruikte|betast|betastte|verkracht|verkrachtte|zit aan|zat aan|duwt|bedreigt|bedreigde|sluit|sluiten|sloot|wurgt|brandt)";

    private static readonly (SafeguardingCategory Category, string Name, Regex Pattern)[] Rules =
    [
        // Self-harm and suicidal thoughts (EN).
        (SafeguardingCategory.SelfHarm, "self-harm-verb", Rx($"\\b(?:kill|killing|kil|hurt|hurting|harm|harming|cut|cutting|cuts|burn|burning|hang|hanging|starve|starving|punish|punishing|scratch|scratching|stab|shoot|poison|drown|end) {Self}\\b")),
        (SafeguardingCategory.SelfHarm, "want-to-die", Rx("\\b(?:want|wanna|wana|wnt|trying|try|tried|plan|planning|thinking about|thought about|think about|ready|deserve|would rather|wish i could|just want|wanted) (?:to |2 )?(?:die|be dead|end it|end it all|end my life|take my own life|take my life|not wake up|disappear forever|not be here anymore|not exist|stop existing|unalive)\\b")),
        (SafeguardingCategory.SelfHarm, "suicide-words", Rx("\\b(?:suicide|suicidal|self ?harm\\w*|kms|unalive|end my life|take my own life|no reason to live|nothing to live for|better off dead|better off without me|wish i (?:was|were) dead|wish i (?:wasnt|was not|werent|had never been) (?:alive|born|here)|wish i (?:was|were|had) never (?:been )?born|never wake up again|dont want to (?:live|be alive|exist|be here anymore|wake up)|do not want to (?:live|be alive|exist)|overdose|jump off (?:a|the) (?:bridge|roof|building))\\b")),
        (SafeguardingCategory.SelfHarm, "end-it", Rx("\\b(?:going to|gona|will|il|im going to|gonna) end it(?: all)?\\b|\\b(?:want|need|wish) (?:it all|everything|it|the pain|life) to (?:stop|end|be over)\\b|\\b(?:dont|do not|cant|cannot) see (?:the|a|any) point (?:in|of) (?:anything|living|life|going on|being here)\\b")),
        (SafeguardingCategory.SelfHarm, "if-i-died", Rx("\\b(?:care|notice|miss me|be better|be happier|be better off|matter) (?:\\w+ ){0,2}if i (?:died|die|was dead|were dead|was gone|were gone|disappeared|killed myself|wasnt here|was not here)\\b|\\b(?:whats|what is|there is no|theres no|no) (?:the )?(?:point|reason|use) (?:of|in|to|for) (?:living|live|being alive|life|going on)\\b")),
        // Self-harm and suicidal thoughts (NL).
        (SafeguardingCategory.SelfHarm, "nl-wil-dood", Rx("\\b(?:ik wil|wil ik|ik wl|ik zou willen|ik denk erover om|ik denk eraan om|ik ga) (?:\\w+ ){0,2}(?:dood|doodgaan|sterven|zelfmoord|er niet meer zijn|niet meer leven|niet meer wakker worden|niet meer bestaan|een einde aan)(?: |$)")),
        (SafeguardingCategory.SelfHarm, "nl-zelfmoord", Rx("\\bzie het (?:\\w+ ){0,2}niet meer zitten\\b|\\b(?:er )?een eind(?:e)? aan (?:te )?maken\\b|\\bpillen (?:\\w+ )?(?:verzameld|verzamelen|gespaard|sparen)\\b|\\b(?:niemand|geen mens|geen een) (?:\\w+ ){0,4}als ik (?:dood|er niet meer)\\b|\\b(?:heb|had|heeft) (?:mezelf|mijzelf|zichzelf) (?:\\w+ ){0,2}(?:gesneden|gekrast|pijn gedaan|verwond|gebrand|iets aangedaan)\\b|\\b(?:zelfmoord|zelfdoding|suicidaal|zelfbeschadiging|automutilatie|wil niet meer leven|wil er niet meer zijn|beter af zonder mij|beter af zonder me|was ik maar dood|wou dat ik dood was|wilde dat ik dood was|einde aan (?:mijn|mn|m n) leven|voor de trein springen|voor een trein springen|van het dak springen|van de brug springen|geen zin meer in (?:mijn|mn) leven|geen reden om te leven)\\b")),
        (SafeguardingCategory.SelfHarm, "nl-mezelf", Rx("\\b(?:doe|doet|deed) (?:\\w+ ){0,2}(?:mezelf|mijzelf|zichzelf) (?:\\w+ )?pijn\\b|\\b(?:mezelf|mijzelf|zichzelf) (?:\\w+ ){0,2}(?:snijden|snij|snijd|krassen|kras|pijn doen|pijn doet|pijn te doen|iets aandoen|iets aandoet|iets aan te doen|ophangen|verwonden|slaan|branden|doodmaken|vermoorden)\\b")),
        (SafeguardingCategory.SelfHarm, "nl-snij-ik", Rx("\\b(?:ik (?:snij|snijd|kras|sla|brand)|snij ik|kras ik) (?:\\w+ ){0,2}(?:mezelf|mijzelf|in mijn|in mn|mn armen|mijn armen|mijn benen)\\b")),

        // Abuse (EN): a person doing harm to the learner.
        (SafeguardingCategory.Abuse, "en-person-harms-me", Rx($"\\b{PersonEn} (?:\\w+ ){{0,3}}{HarmEn} (?:\\w+ ){{0,2}}{Me}\\b")),
        (SafeguardingCategory.Abuse, "en-person-throws-at-me", Rx($"\\b{PersonEn} (?:\\w+ ){{0,3}}(?:threw|throws|throwing|throw) (?:\\w+ ){{0,3}}at me\\b")),
        (SafeguardingCategory.Abuse, "en-makes-me", Rx($"\\b{PersonEn} (?:\\w+ ){{0,2}}(?:makes|made|forces|forced|tells|told) me (?:\\w+ ){{0,3}}(?:touch him|touch her|touch his|touch them|undress|take off my|take my clothes|do sexual|do things i dont want|watch porn|send nudes|keep it a secret|keep it secret)\\b")),
        (SafeguardingCategory.Abuse, "grooming-secrecy", Rx("\\b(?:sends|sent|send|keeps sending) me (?:\\w+ ){0,2}(?:weird|dirty|sexual|creepy|naked|rude) (?:messages|pictures|photos|pics|videos|texts)\\b|\\bwants to meet (?:me )?(?:alone|in secret|without my parents)\\b|\\basks me (?:for|to send) (?:\\w+ )?(?:pictures|photos|pics|nudes)\\b|\\b(?:not allowed to|cant|must not|mustnt) tell (?:anyone|anybody|my \\w+) (?:\\w+ ){0,3}(?:what happens|about it|what he does|what she does|what they do)\\b|\\bcomes? (?:into|in) my (?:room|bed) at night\\b|\\bstuurt (?:me|mij) (?:\\w+ )?(?:rare|vieze|enge|naakt) (?:berichten|fotos|foto s|filmpjes)\\b|\\bwil (?:me |mij )?alleen (?:afspreken|zien|ontmoeten)\\b|\\b(?:mag|durf) (?:het )?(?:aan )?niemand (?:\\w+ ){0,2}vertellen\\b|\\bkrijg (?:ik )?(?:klappen|slaag|een pak slaag)\\b|\\b(?:s nachts|snachts) (?:\\w+ ){0,2}(?:op|in|naar) (?:mijn|mn) (?:kamer|bed)\\b")),
        (SafeguardingCategory.Abuse, "en-abused", Rx("\\b(?:i am|im|i was|i get|i got|i keep getting|i have been|ive been|i been) (?:\\w+ ){0,2}(?:abused|molested|raped|sexually assaulted|assaulted|beaten|hit at home|touched)\\b")),
        (SafeguardingCategory.Abuse, "en-unsafe-home", Rx("\\b(?:afraid|scared|terrified|frightened|dont want) (?:\\w+ ){0,2}(?:to go|of going|going) home\\b|\\b(?:not|never|dont|do not) (?:feel )?safe (?:at )?home\\b|\\bunsafe at home\\b|\\bhurts me at home\\b|\\b(?:bruises|marks) (?:\\w+ ){0,2}(?:from|because of) (?:my )?(?:dad|mum|mom|father|mother|stepdad|parents)\\b|\\btouches me (?:where|down there|in places)\\b|\\bnot allowed to eat\\b")),
        // Abuse (NL).
        (SafeguardingCategory.Abuse, "nl-person-harms-me", Rx($"\\b{PersonNl} (?:\\w+ ){{0,2}}{HarmNl} (?:\\w+ ){{0,2}}(?:me|mij|mijn (?:moeder|mama|mam|zus|zusje|broer|broertje))\\b")),
        (SafeguardingCategory.Abuse, "nl-person-has-harmed-me", Rx($"\\b{PersonNl} (?:\\w+ ){{0,2}}(?:heeft|had|hebben|hadden) (?:\\w+ ){{0,2}}(?:me|mij) (?:\\w+ ){{0,2}}(?:geslagen|geschopt|gestompt|mishandeld|misbruikt|verkracht|betast|aangerand|pijn gedaan|opgesloten|gewurgd|bedreigd)\\b")),
        (SafeguardingCategory.Abuse, "nl-person-hurts-me", Rx($"\\b{PersonNl} (?:\\w+ ){{0,2}}(?:doet|deed|raakt|raakte|dwingt|dwong) (?:me|mij) (?:\\w+ ){{0,2}}(?:pijn|aan|om)\\b")),
        (SafeguardingCategory.Abuse, "nl-harms-person-me", Rx($"\\b{HarmNl} (?:mijn|mn|m n) {PersonNl} (?:\\w+ ){{0,2}}(?:me|mij)\\b")),
        (SafeguardingCategory.Abuse, "nl-misbruikt", Rx("\\b(?:ik (?:word|wordt|werd|ben)|word ik|werd ik|ben ik) (?:\\w+ ){0,3}(?:mishandeld|misbruikt|geslagen|verkracht|aangerand|betast|opgesloten)\\b|\\b(?:bang|durf niet) (?:\\w+ ){0,2}(?:naar huis|thuis)\\b|\\bniet veilig thuis\\b|\\bthuis niet veilig\\b|\\bzit aan (?:me|mij|mijn lichaam)\\b")),

        // Bullying (EN).
        (SafeguardingCategory.Bullying, "en-bullied", Rx("\\b(?:i am|im|i was|i get|i got|i keep getting|i have been|ive been|i been) (?:\\w+ ){0,2}(?:bullied|picked on|cyberbullied|harassed|beaten up|left out|excluded|laughed at|made fun of)\\b")),
        (SafeguardingCategory.Bullying, "en-they-bully-me", Rx("\\b(?:they|everyone|everybody|kids|people|classmates|he|she|some \\w+|the \\w+|girls|boys) (?:\\w+ ){0,7}(?:bully|bullies|bullying|pick on|picks on|picking on|pushing|shoving|excluding|ignoring|make fun of|makes fun of|making fun of|laugh at|laughs at|laughing at|tease|teases|teasing|spit on|spits on|beat up|beats up|push|pushes|shove|shoves|harass|harasses|exclude|excludes|threaten|threatens|threatening|mock|mocks|mocking|bullied|picked on|made fun of|laughed at|teased|threatened|pushed|shoved|harassed|excluded|mocked|spat on|ganged up on|gang up on|ganging up on) (?:\\w+ )?me\\b")),
        (SafeguardingCategory.Bullying, "en-names", Rx("\\b(?:call|calls|calling|called) me (?:names|ugly|fat|stupid|retard|loser|a loser|freak|a freak|gay|slut|a slut|\\w+ names)\\b|\\b(?:beat|beats|beating) me up\\b|\\b(?:told|tell|tells|telling|say|says|said) (?:me )?(?:to )?(?:kys|kill yourself|go die)\\b|\\b(?:no one|nobody) (?:at school |in my class )?(?:wants to|will) (?:sit|play|talk|hang out) with me\\b|\\bposted (?:\\w+ ){0,3}(?:photos|pictures|videos|nudes) of me\\b")),
        (SafeguardingCategory.Bullying, "en-mean-to-me", Rx("\\b(?:they|everyone|everybody|kids|people|classmates|he|she|girls|boys|the \\w+) (?:\\w+ ){0,3}(?:are|is|were|was|keep being|always) (?:\\w+ )?(?:mean|horrible|nasty|cruel) to me\\b|\\b(?:everyone|everybody|the whole class|they all) (?:\\w+ )?(?:hates|hate) me\\b")),
        (SafeguardingCategory.Bullying, "en-others-harm-me", Rx("\\b(?:saying|say|says|said|tell|tells|told|calling) (?:me )?(?:that )?(?:i|im|i am) (?:\\w+ ){0,2}(?:ugly|fat|stupid|worthless|a loser|disgusting|should die|should kill myself|should disappear)\\b|\\b(?:and|they|then) (?:\\w+ )?(?:hits|hit|kicks|kicked|punches|punched|pushes|pushed|shoves|shoved|trips|tripped) me\\b|\\bpretend (?:that )?i (?:dont|do not) exist\\b")),
        (SafeguardingCategory.Bullying, "nl-others-harm-me", Rx("\\b(?:filmpjes|fotos|foto s|videos|video s) (?:\\w+ ){0,2}van (?:me|mij) (?:\\w+ ){0,4}(?:online|rond|verspreid|verspreiden|delen|gedeeld|op internet|in de groepsapp|op tiktok|op snapchat)\\b|\\b(?:doet|doen) alsof ik (?:niet besta|lucht ben|er niet ben)\\b")),
        // Bullying (NL).
        (SafeguardingCategory.Bullying, "nl-gepest", Rx("\\b(?:ik (?:word|wordt|werd|ben)|word ik|wordt ik|werd ik|ben ik) (?:\\w+ ){0,3}(?:gepest|uitgescholden|buitengesloten|bedreigd|geschopt|in elkaar geslagen|uitgelachen|genegeerd|gecyberpest|geslagen)\\b")),
        (SafeguardingCategory.Bullying, "nl-ze-pesten-me", Rx("\\b(?:ze|zij|hij|iedereen|kinderen|jongens|meiden|meisjes|klasgenoten|de klas|de anderen) (?:\\w+ ){0,3}(?:(?:pesten|pest|pestte|pestten|slaan|slaat|schoppen|schopt|bedreigen|bedreigt|negeren|negeert|duwen|duwt|treiteren|treitert) (?:\\w+ ){0,2}(?:me|mij)\\b|(?:schelden|scheldt|lachen|lacht|sluiten|sluit|maken|maakt|stoten|zetten) (?:\\w+ ){0,2}(?:me|mij) (?:\\w+ ){0,2}(?:uit|buiten|belachelijk|af|voor gek|te kijk)\\b)")),
        (SafeguardingCategory.Bullying, "nl-pesten-ze-me", Rx("\\b(?:pesten|pest|slaan|schoppen|bedreigen|negeren|treiteren) (?:ze|zij|hij|iedereen|ze allemaal) (?:\\w+ ){0,2}(?:me|mij)\\b|\\b(?:schelden|lachen|sluiten) (?:ze|zij|hij|iedereen) (?:\\w+ ){0,2}(?:me|mij) (?:uit|buiten)\\b|\\bniemand wil (?:\\w+ ){0,2}(?:met (?:me|mij)|naast (?:me|mij))\\b|\\b(?:ze|zij|hij|iedereen|kinderen|klasgenoten) (?:\\w+ ){0,3}(?:doen|doet|deden|zijn|is) (?:\\w+ )?(?:gemeen|rot|vals) (?:tegen|tegn|naar) (?:me|mij)\\b|\\b(?:iedereen|de hele klas|ze allemaal) (?:\\w+ )?(?:haat|haten) (?:me|mij)\\b|\\bze zeggen dat ik (?:dood moet|moet doodgaan|zelfmoord moet)\\b")),
    ];

    // Figures of speech that look like disclosures; removed before the rules run.
    private static readonly Regex Figurative = Rx("\\b(?:" + string.Join("|",
    [
        "(?:the |my )?death of me", "(?:is|are|was|were|its|it s) (?:\\w+ )?killing me", "killing time", "kill time", "kill the (?:\\w+ )", "killer \\w+",
        "dying (?:to|for|of)", "die (?:of|from) (?:embarrassment|laughter|laughing|boredom|shame|cringe|cuteness)", "to die for", "dead (?:tired|easy|serious|boring|funny)",
        "(?:my|the) (?:phone|battery|laptop|computer|pen|plant|fish|game character) (?:\\w+ )?(?:died|is dead|dies)", "suicide (?:squad|prevention|awareness|rate|rates|bomber|bombers|hotline)", "(?:i|you) could (?:just )?die",
        "(?:it|this|that|the answer|the idea|the solution|the problem) (?:just |suddenly |finally )?hit me", "hit me up", "(?:never|not|wouldnt|would never|wont|will never|dont|didnt) (?:\\w+ ){0,2}(?:hurt|kill|harm|cut) myself",
        "(?:beat|beats|beating) (?:me|us) (?:at|in|by|to|with) ", "(?:hurt|cut|burn|burned|burnt) myself (?:\\w+ ){0,3}(?:playing|football|soccer|gym|cooking|by accident|accidentally|on (?:a|the|my) \\w+|with (?:a|the) (?:knife|paper|scissors|oven|pan)|while)",
        "(?:not|never) (?:being |been )?bullied", "left (?:\\w+ )?out (?:of )?(?:a |the |my |one |this )?(?:step|answer|answer key|number|sign|digit|part|bracket|minus|zero|unit|decimal)", "the bully (?:in|of) (?:the|this) (?:story|book|film|movie|problem)",
        "dood ?(?:graag|leuk|gewoon|normaal|simpel|eng|stil|saai|moe|ziek)", "ik (?:schaam|lach|verveel|pieker|werk|zweet|erger|schrik|zoek) (?:me|mij) (?:\\w+ )?dood", "(?:ik ga|ga ik|je gaat|we gaan) dood (?:van|aan|om)(?: \\w+){0,3}", "dood (?:moe|op|ziek van|saai|eng|stil|normaal|gewoon|simpel)",
        "doodmoe", "doodsaai", "doodziek", "doodeng", "doodnormaal", "doodgewoon", "doodsimpel", "ik ben (?:zo |echt |helemaal )?dood(?: op)?$",
        "slaat (?:\\w+ ){0,2}(?:nergens|op niks|op niets) op", "slaat (?:me|mij) (?:met stomheid|niks|niets)", "(?:dat|dit|het) slaat op",
        "(?:niet|nooit) (?:gepest|geslagen|mishandeld)", "ik zou (?:mezelf|mijzelf) nooit", "mezelf (?:nooit|niet) (?:iets )?(?:aandoen|pijn doen)",
        "verveel (?:me|mij) (?:kapot|rot|suf)", "lach (?:me|mij) (?:kapot|rot|suf)", "(?:slaan|sla|slaat) (?:\\w+ ){0,2}(?:over|op de trom|een slag|alarm)",
        "\\d+ ?kms?",
    ]) + ")\\b");

    /// <inheritdoc />
    public ValueTask<SafeguardingVerdict> ClassifyAsync(string text, string language, CancellationToken cancellationToken = default) =>
        new(Classify(text));

    /// <summary>Classifies <paramref name="text"/> synchronously (the rules do not depend on the language: EN and NL run together).</summary>
    public SafeguardingVerdict Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var cleaned = Figurative.Replace(folded, " ");
        foreach (var (category, name, pattern) in Rules)
        {
            if (pattern.IsMatch(cleaned))
            {
                return new SafeguardingVerdict(category, name);
            }
        }

        return SafeguardingVerdict.None;
    }

    /// <summary>
    /// Lower case, no diacritics (<see cref="TextFold"/>), apostrophes joined (<c>don't</c> → <c>dont</c>, <c>m'n</c> → <c>mn</c>), digits standing for
    /// letters inside words mapped back (<c>d1e</c> → <c>die</c>), chat words expanded, every run of a repeated letter
    /// squeezed to one (<c>kiiill</c>, <c>kill</c> → <c>kil</c>), and everything else a single space.
    /// </summary>
    internal static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length + 2);
        sb.Append(' ');
        for (var i = 0; i < text.Length; i++)
        {
            var c = TextFold.Fold(text[i]);
            if (TextFold.IsCombiningMark(c) || TextFold.IsApostrophe(c))
            {
                continue;
            }

            if (char.IsAsciiDigit(c) || c is '@' or '$')
            {
                // A digit between letters (or touching one) in a word stands for a letter: d1e, h8, k1ll.
                var prevLetter = i > 0 && char.IsLetter(text[i - 1]);
                var nextLetter = i + 1 < text.Length && char.IsLetter(text[i + 1]);
                if (prevLetter || nextLetter || c is '@' or '$')
                {
                    c = c switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '8' => 'a', '@' => 'a', '$' => 's', _ => c };
                }
            }

            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        sb.Append(' ');
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Squeeze(ChatWord(words[i]));
        }

        return string.Join(' ', words);
    }

    private static string ChatWord(string word) => word switch
    {
        "u" => "you",
        "ur" => "your",
        "r" => "are",
        "wanna" or "wana" or "wnna" => "want to",
        "gonna" or "gona" => "going to",
        "iam" => "im",
        "cannot" => "cant",
        "dnt" => "dont",
        "ppl" => "people",
        "evry1" or "every1" => "everyone",
        "sum1" => "someone",
        "bcs" or "bc" or "cuz" or "cause" => "because",
        "ikke" or "k" => "ik",
        "mn" or "mijn" => "mijn",
        "n" => "een",
        "nie" => "niet",
        
        "2day" => "today",
        "doot" => "dood",
        "zelfmoort" or "zelfmord" or "selfmoord" => "zelfmoord",
        "suicid" or "sucide" or "suiside" or "suicde" => "suicide",
        "slaad" => "slaat",
        _ => word,
    };

    private static string Squeeze(string word)
    {
        if (word.Length < 2)
        {
            return word;
        }

        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (sb.Length == 0 || sb[^1] != c || !char.IsLetter(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static Regex Rx(string pattern) =>
        new(SqueezePattern(pattern), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking); // linear time whatever the input

    // Patterns are written in plain spelling and folded like the text: "kill" matches the folded "kil".
    private static string SqueezePattern(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            var escaped = i > 0 && pattern[i - 1] == '\\';
            if (!escaped && char.IsAsciiLetterLower(c) && sb.Length > 0 && sb[^1] == c && !(i > 1 && pattern[i - 2] == '\\'))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
