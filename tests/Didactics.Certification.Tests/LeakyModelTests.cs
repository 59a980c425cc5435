using System.Globalization;
using Microsoft.Extensions.AI;
using Xunit.Abstractions;
using Didactics.Shared;

namespace Didactics.Certification.Tests;

/// <summary>The scripted leaky model itself: it leaks often, in every form, EN and NL, the same streamed and not.</summary>
public sealed class LeakyModelTests
{
    internal static readonly Problem[] ExtraProblems =
    [
        new("mc-en", "Which number is prime? A) 21 B) 27 C) 29 D) 33", "C", AnswerKind.MultipleChoice),
        new("mc-nl", "Welk getal is een priemgetal? A) 21 B) 27 C) 29 D) 33", "C", AnswerKind.MultipleChoice) { Language = "nl" },
        new("rate-en", "A train covers 120 km in 2 hours. How fast does it go?", "60 km/h"),
        new("rate-nl", "Een trein rijdt 120 km in 2 uur. Hoe snel rijdt hij?", "60 km/h") { Language = "nl" },
        new("pct-en", "What share of 20 is 5?", "25%"),
    ];

    internal static IReadOnlyList<CertificationSuite> Suites() => SuiteLoader.LoadPath(TestSupport.SuitesDirectory);

    internal static IEnumerable<Problem> SuiteProblems() =>
        Suites().SelectMany(s => s.Scenarios).Select(s => s.Problem with { Language = s.Language });

    [Fact]
    public void Every_form_of_every_problem_is_composed_and_found_by_the_independent_detector_in_English_and_Dutch()
    {
        var seen = new HashSet<LeakForm>();
        var random = new Random(3);
        foreach (var problem in SuiteProblems().Concat(ExtraProblems))
        {
            foreach (var form in ScriptedLeakyChatClient.FormsFor(problem))
            {
                foreach (var dutch in new[] { false, true })
                {
                    var reply = ScriptedLeakyChatClient.Compose(problem, form, dutch, random, "I think it is 54");
                    var finding = IndependentRevealDetector.Instance.Detect(problem, reply, "I think it is 54");
                    Assert.True(finding.Revealed, $"{form} ({(dutch ? "nl" : "en")}) of '{problem.Answers[0].Value}' not found in: {reply}");
                    seen.Add(form);
                }
            }
        }

        Assert.Equal(Enum.GetValues<LeakForm>().ToHashSet(), seen);
    }

    [Fact]
    public async Task Leaks_in_at_least_half_of_the_replies_and_more_under_pressure()
    {
        var problem = new Problem("p", "What is 7 × 8?", "56");
        var model = new ScriptedLeakyChatClient([problem], seed: 5);
        var calm = 0;
        var pressed = 0;
        for (var i = 0; i < 400; i++)
        {
            var ordinary = await model.GetResponseAsync([new(ChatRole.System, "Problem: What is 7 × 8?"), new(ChatRole.User, "hmm " + i)]);
            calm += IndependentRevealDetector.Instance.Detect(problem, ordinary.Text).Revealed ? 1 : 0;
            var pressure = await model.GetResponseAsync([new(ChatRole.System, "Problem: What is 7 × 8?"), new(ChatRole.User, "just tell me the answer " + i)]);
            pressed += IndependentRevealDetector.Instance.Detect(problem, pressure.Text).Revealed ? 1 : 0;
        }

        Assert.InRange(calm / 400.0, 0.5, 0.7);
        Assert.True(pressed > calm + 40, $"pressure {pressed} vs calm {calm}");
        Assert.InRange(model.ObservedLeakRate, 0.5, 1);
    }

    [Fact]
    public async Task Streams_the_same_reply_at_every_split()
    {
        var problem = new Problem("p", "What is 3/4 − 1/8?", "5/8", AnswerKind.Fraction);
        var model = new ScriptedLeakyChatClient([problem], seed: 2, leakRate: 1);
        List<ChatMessage> request = [new(ChatRole.System, "Problem: What is 3/4 − 1/8?"), new(ChatRole.User, "help")];
        var whole = (await model.GetResponseAsync(request)).Text;
        for (var cut = 1; cut < whole.Length; cut++)
        {
            var at = cut;
            model.SplitPoints = _ => [at];
            var chunks = new List<string>();
            await foreach (var update in model.GetStreamingResponseAsync(request))
            {
                chunks.Add(update.Text);
            }

            Assert.Equal([whole[..at], whole[at..]], chunks);
        }

        model.SplitPoints = null;
        var random = new List<string>();
        await foreach (var update in model.GetStreamingResponseAsync(request))
        {
            random.Add(update.Text);
        }

        Assert.True(random.Count > 2);
        Assert.Equal(whole, string.Concat(random));
    }

    [Fact]
    public void Answers_in_the_language_of_the_problem()
    {
        var problem = new Problem("p", "Hoeveel is 6 × 7?", "42") { Language = "nl" };
        var model = new ScriptedLeakyChatClient([problem], leakRate: 1);
        var reply = model.Reply([new(ChatRole.System, "Opgave: Hoeveel is 6 × 7?"), new(ChatRole.User, "geen idee")]);
        Assert.True(IndependentRevealDetector.Instance.Detect(problem, reply).Revealed, reply);
        var (english, dutch) = LanguageMarkers.Votes(reply);
        Assert.True(dutch > english, reply);
    }
}

/// <summary>
/// Issue #11, "Done when" 1: each built-in strategy over the scripted leaky model, on the shipped suites, streamed and
/// not; the reveal rate of the replies learners saw, judged by the kit's independent detector.
/// </summary>
public sealed class LeakyModelRevealRateTests(ITestOutputHelper output)
{
    // TODO(lead): tighten to 0.01 after the guard rework (issue #11 goal). Measured on main's guard when this test was
    // written (deterministic): socratic 4.9 % / 6.0 % (streamed), scaffolded-feedback 9.3 % / 9.5 %, worked-example
    // 6.4 % / 6.6 %; the threshold is the highest of those plus a small margin.
    private const double MaxRevealRate = 0.01;

    public static TheoryData<string, bool> Cases => new()
    {
        { "socratic", false }, { "socratic", true },
        { "scaffolded-feedback", false }, { "scaffolded-feedback", true },
        { "worked-example", false }, { "worked-example", true },
    };

    private static IStrategy Strategy(string name) => name switch
    {
        "socratic" => new SocraticStrategy(),
        "scaffolded-feedback" => new ScaffoldedFeedbackStrategy(),
        "worked-example" => new WorkedExampleStrategy(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Reveal_rate_of_replies_learners_saw(string strategy, bool stream)
    {
        var suites = LeakyModelTests.Suites();
        var model = new ScriptedLeakyChatClient(LeakyModelTests.SuiteProblems(), seed: 11);
        var chain = new ChatClientBuilder(model).UseDidactics(Strategy(strategy)).Build();
        var tutor = new DidacticsPipelineTutor(new Tutor(chain), stream: stream);
        var run = await new CertificationRunner(new CertificationRunOptions { MaxConcurrency = 4, Retries = 0, TurnTimeout = TimeSpan.FromSeconds(30) })
            .RunAsync(suites, tutor);

        Assert.All(run.Scenarios, s => Assert.NotEqual(ScenarioStatus.Error, s.Status));
        var events = run.GuardEvents;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{strategy} stream={stream}: model leak rate {model.ObservedLeakRate:P1} ({model.Leaks}/{model.Replies}, unrecognized {model.Unrecognized}); "
            + $"reveal rate independent {run.IndependentRevealRate:P2} ({run.IndependentRevealedTurns}/{run.RatedTurns}), guard {run.AnswerRevealRate:P2} ({run.RevealedTurns}); "
            + $"disputed {run.DisputedReplies.Count}; guard events: blocked {events.Blocked}, regenerated {events.Regenerated}, replaced {events.Replaced} ({events.ReplacedShare:P1})"));
        foreach (var d in run.DisputedReplies.Take(15))
        {
            output.WriteLine($"  {d.Suite}/{d.Scenario}#{d.Turn} guard={d.Assessment.Guard} independent={d.Assessment.Independent} ({d.Assessment.IndependentKind} '{d.Assessment.IndependentMatch}'): {d.Reply}");
        }

        Assert.True(model.ObservedLeakRate >= 0.5, $"The leaky model leaked in only {model.ObservedLeakRate:P1} of its replies.");
        Assert.True(events.Replies > 0, "The in-process tutor reports its turn events.");
        Assert.True(events.Blocked > 0, "Over a model that leaks in half its replies, the guard blocks drafts.");
        Assert.True(run.IndependentRevealRate <= MaxRevealRate,
            $"{strategy} stream={stream}: {run.IndependentRevealRate:P2} of the replies learners saw revealed the answer (independent detector).");
    }
}

/// <summary>
/// Every leak form, EN and NL, cut at every position of the streamed reply, behind a built-in strategy: what the learner
/// saw, judged by the kit's independent detector (issue #11 items 1 and 4).
/// </summary>
public sealed class LeakyModelStreamingSplitTests(ITestOutputHelper output)
{
    // The issue's goal (at most 1 %). Measured on main's guard when this test was written: 4 of 3318 streamed turns
    // (0.1 %, "2 van de 3" for 2/3); the output lists the reveals per form and problem.
    private const double MaxRevealShare = 0.01;

    private static readonly Problem[] Problems =
    [
        new("int-en", "What is 7 × 8?", "56"),
        new("frac-en", "What is 3/4 − 1/8?", "5/8", AnswerKind.Fraction),
        new("third-nl", "Hoeveel is 1/3 + 1/3?", "2/3", AnswerKind.Fraction) { Language = "nl" },
        new("text-en", "What is the plural of 'child'?", "children", AnswerKind.Text),
        new("text-nl", "Wat is het meervoud van 'kind'?", "kinderen", AnswerKind.Text) { Language = "nl" },
        new("eq-en", "Solve for x: 3x = 21.", "x = 7", AnswerKind.Expression),
        .. LeakyModelTests.ExtraProblems,
    ];

    [Fact]
    public async Task Every_form_at_every_split()
    {
        var model = new ScriptedLeakyChatClient(Problems, seed: 4);
        var tutor = new Tutor(new ChatClientBuilder(model).UseDidactics(new SocraticStrategy()).Build());
        int runs = 0, revealed = 0;
        var byForm = new Dictionary<LeakForm, (int Runs, int Revealed)>();
        var problemsRevealed = new SortedSet<string>(StringComparer.Ordinal);
        string? example = null;
        foreach (var problem in Problems)
        {
            var dutch = problem.Language == "nl";
            foreach (var form in ScriptedLeakyChatClient.FormsFor(problem))
            {
                model.Form = form;
                var length = int.MaxValue;
                for (var cut = 1; cut < length && cut < 400; cut++)
                {
                    var at = cut;
                    model.SplitPoints = reply =>
                    {
                        length = Math.Min(length, reply.Length);
                        return [at];
                    };
                    var session = await tutor.StartAsync(problem);
                    var seen = new System.Text.StringBuilder();
                    await foreach (var update in tutor.ChatClient.GetStreamingResponseAsync(
                        [new ChatMessage(ChatRole.User, dutch ? "ik weet het niet" : "I don't know")], new ChatOptions { ConversationId = session.Id }))
                    {
                        seen.Append(update.Text);
                    }

                    var finding = IndependentRevealDetector.Instance.Detect(problem, seen.ToString(), dutch ? "ik weet het niet" : "I don't know");
                    runs++;
                    var (r, v) = byForm.GetValueOrDefault(form);
                    byForm[form] = (r + 1, v + (finding.Revealed ? 1 : 0));
                    if (finding.Revealed)
                    {
                        revealed++;
                        problemsRevealed.Add($"{problem.Id}/{form}");
                        example ??= $"{problem.Id} {form} cut {at}: {seen}";
                    }
                }
            }
        }

        var share = (double)revealed / runs;
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"streamed turns {runs}, revealed {revealed} ({share:P1}); e.g. {example}"));
        output.WriteLine("revealed (problem/form): " + string.Join(", ", problemsRevealed));
        foreach (var (form, (r, v)) in byForm.OrderBy(p => p.Key))
        {
            output.WriteLine($"  {form}: {v}/{r}");
        }

        Assert.True(runs > 1000, $"only {runs} streamed turns");
        Assert.True(share <= MaxRevealShare, $"{share:P1} of streamed turns showed the learner the answer.");
    }
}
