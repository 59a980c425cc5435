using System.Globalization;
using System.Text;
using Scriban;

namespace Didactics.Tests;

public sealed class ScribanTemplateRendererTests
{
    private static readonly string[] Templates =
    [
        "plain text",
        "{{ Problem }} / {{ Attempts }} / {{ Mastery }} / {{ Delegating }}",
        "{{ for i in 1..Attempts }}#{{ i }} {{ end }}",
        "{{ Problem | string.truncate 5 }}|{{ Hint | string.size }}|{{ Learner | string.upcase }}",
        "{{ Attempts + HintLevel }} {{ Mastery * 3 }} {{ DelegationShare / 2 }}",
        "{{ x = Attempts * 2 }}{{ x }}{{ if Verdict == 'correct' }}!{{ end }}",
        "{{ if Hint == '' }}no hint{{ else }}{{ Hint }}{{ end }}\n{{ EarlierHints }}",
        "{{ Problem = 'overwritten' }}{{ Problem }}",
    ];

    private static readonly TurnModel[] Models =
    [
        new TurnModel(),
        new TurnModel
        {
            Strategy = "socratic", Phase = "Probe", Problem = "Ünïcode ß and ıi: 1/2 + 1/4", Learner = "it is 3/4", Signal = "IncorrectAttempt",
            Verdict = "incorrect", Diagnosis = "added denominators", Attempts = 3, HintLevel = 1, Hint = "Look", Language = "nl", Answer = "3/4",
            Mastery = 0.1 + 0.2, DelegationShare = 1e21, Delegating = true,
        },
        new TurnModel { Attempts = 1, Verdict = "correct", Hint = "h", EarlierHints = "a\nb", Mastery = 1.0 / 3, DelegationShare = -0.5 },
    ];

    private static string Expected(string source, TurnModel model) => Template.Parse(source).Render(model, m => m.Name);

    [Fact]
    public void Output_equals_Scriban_for_every_template_and_model_in_any_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            foreach (var source in Templates)
            {
                var renderer = new ScribanTemplateRenderer(source);
                foreach (var model in Models)
                {
                    var output = new StringBuilder("before|");
                    renderer.Render(model, output);
                    Assert.Equal("before|" + Expected(source, model), output.ToString());
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Every_public_TurnModel_member_is_visible_under_its_own_name()
    {
        // Every member gets a distinct non-default value, so a member missing from the renderer's list renders differently.
        var model = new TurnModel();
        var properties = typeof(TurnModel).GetProperties();
        for (var i = 0; i < properties.Length; i++)
        {
            var property = properties[i];
            object value = property.PropertyType == typeof(string) ? "v-" + property.Name
                : property.PropertyType == typeof(int) ? i + 10
                : property.PropertyType == typeof(double) ? i + 0.5
                : property.PropertyType == typeof(bool) ? true
                : throw new InvalidOperationException("TurnModel." + property.Name + " has a type this test does not know: " + property.PropertyType);
            property.SetValue(model, value);
        }

        foreach (var property in properties)
        {
            var source = "{{ " + property.Name + " }}";
            var output = new StringBuilder();
            new ScribanTemplateRenderer(source).Render(model, output);
            var expected = Expected(source, model);
            Assert.NotEqual(string.Empty, expected);
            Assert.Equal(expected, output.ToString());
        }
    }

    [Fact]
    public void Reuse_across_renders_does_not_leak_assignments_or_earlier_models()
    {
        // The per-thread context is reused: an assignment or an overwritten member of one render must not be seen by the next.
        var assign = new ScribanTemplateRenderer("{{ Problem = 'overwritten' }}{{ y = 7 }}{{ Problem }}");
        var read = new ScribanTemplateRenderer("[{{ Problem }}][{{ y }}][{{ Attempts }}]");
        var output = new StringBuilder();
        assign.Render(new TurnModel { Problem = "p1" }, output);
        read.Render(new TurnModel { Problem = "p2", Attempts = 4 }, output);
        read.Render(new TurnModel(), output);
        Assert.Equal("overwritten[p2][][4][][][0]", output.ToString());
        Assert.Equal("[p2][][4]", Expected("[{{ Problem }}][{{ y }}][{{ Attempts }}]", new TurnModel { Problem = "p2", Attempts = 4 }));
    }

    [Fact]
    public void A_failed_render_does_not_break_later_renders_on_the_same_thread()
    {
        var failing = new ScribanTemplateRenderer("{{ for i in 1..100000 }}{{ i }}{{ end }}");
        Assert.ThrowsAny<Exception>(() => failing.Render(new TurnModel(), new StringBuilder()));
        var output = new StringBuilder();
        new ScribanTemplateRenderer("{{ Problem }}").Render(new TurnModel { Problem = "still fine" }, output);
        Assert.Equal("still fine", output.ToString());
    }

    [Fact]
    public void One_renderer_is_safe_to_use_from_many_threads()
    {
        const string source = "{{ Problem }}:{{ for i in 1..Attempts }}{{ i }},{{ end }}{{ Attempts * HintLevel }}";
        var renderer = new ScribanTemplateRenderer(source);
        Assert.Equal("p9:1,2,0", Expected(source, new TurnModel { Problem = "p9", Attempts = 2 }));
        var failures = 0;
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var model = new TurnModel { Problem = "p" + i, Attempts = i % 7, HintLevel = i % 3 };
            var output = new StringBuilder();
            renderer.Render(model, output);
            var expected = Expected(source, model);
            if (output.ToString() != expected)
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Bad_arguments_get_clear_exceptions()
    {
        Assert.Throws<ArgumentNullException>(() => new ScribanTemplateRenderer(null!));
        var error = Assert.Throws<ArgumentException>(() => new ScribanTemplateRenderer("{{ Problem + }}"));
        Assert.Contains("syntax errors", error.Message, StringComparison.Ordinal);
        var renderer = new ScribanTemplateRenderer("x");
        Assert.Throws<ArgumentNullException>(() => renderer.Render(null!, new StringBuilder()));
        Assert.Throws<ArgumentNullException>(() => renderer.Render(new TurnModel(), null!));
    }
}
