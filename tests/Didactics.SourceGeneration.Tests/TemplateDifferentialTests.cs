using System.Globalization;
using System.Reflection;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Didactics.SourceGeneration.Tests;

/// <summary>
/// The compiled renderer must produce exactly what Scriban renders for the same template and model
/// (members used as written, <c>MemberRenamer = m => m.Name</c>).
/// </summary>
public sealed class TemplateDifferentialTests
{
    public static readonly string[] Templates =
    [
        "plain text",
        "{{ Problem }}",
        "{{ Attempts }}",
        "a{{ Problem }}b{{ Attempts }}c",
        "{{ if Attempts > 2 }}many{{ else }}few{{ end }}",
        "{{ if Attempts >= 1 && Verdict == \"incorrect\" }}retry{{ end }}",
        "{{ if Verdict == 'correct' }}yes{{ else if Verdict == 'incorrect' }}no{{ else }}none{{ end }}",
        "{{ if Hint }}[{{ Hint }}]{{ end }}",
        "{{ if !Hint }}no hint{{ end }}",
        "{{ if Hint != '' }}H{{ end }}",
        "{{ if Diagnosis == '' || Attempts < 1 }}x{{ end }}",
        "{{ Problem | string.upcase }}",
        "{{ Learner | string.downcase }}",
        "{{ Attempts | string.upcase }}",
        "{{ Learner | string.upcase | string.downcase }}",
        "line1\n{{ if Attempts == 0 }}\nzero\n{{ end }}\nline3\n",
        "{{~ Problem ~}}  \n  tail",
        "{{ 'literal' }}{{ 42 }}",
        "{{ Attempts == 1 }}",
        "{{ if (Attempts > 1) && !(HintLevel == 0) }}a{{ end }}",
        "{{ if true }}T{{ else }}F{{ end }}",
        "{{ if false }}T{{ end }}",
        "{{ if 1 == 1 }}one{{ end }}{{ if 'a' != 'a' }}two{{ end }}",
        "{{ if Attempts }}int-truthy{{ end }}",
        "{{ if Attempts != HintLevel }}diff{{ end }}",
        "{{ if Problem == Learner }}same{{ else }}other{{ end }}",
        "{{ Strategy }}/{{ Phase }}/{{ Signal }}/{{ Language }}/{{ Answer }}",
        "{{ # a comment }}after",
        "\"quotes\" and \\ backslash {{ Problem }}",
        "{{ if Verdict == \"correct\" && Attempts < 3 || HintLevel > 1 }}p{{ end }}",
        "{{ HintLevel }} of {{ Attempts }}",
        "{{ if !(Verdict == 'none') }}attempted{{ end }}",
        "{{ Answer }}{{ if Answer != '' }}!{{ end }}",
        "{{- Problem -}}\n\n{{ Hint }}",
        "{{ if Verdict != 'none' }}\n  {{ Verdict | string.upcase }}\n{{ end }}",
        "{{ 'He said \"hi\"' }}",
        "{{ if Attempts > 0 }}{{ if Hint != '' }}nested {{ Hint }}{{ else }}no hint{{ end }}{{ end }}",
        "{{ if Attempts == 0 && !Hint }}a{{ else if Attempts == 1 || Hint }}b{{ end }}",
        "{{ true }} {{ Attempts > 1 }} {{ !Problem }}",
        "\r\nWindows\r\nlines {{ Attempts }}\r\n",
        "{{ Mastery }}|{{ DelegationShare }}",
        "{{ Delegating }} {{ EffortRequired }}",
        "{{ if Delegating }}D{{ else }}n{{ end }}{{ if !EffortRequired }}E{{ end }}{{ if Delegating && EffortRequired }}both{{ end }}",
        "{{ if Mastery > 0 }}m{{ end }}{{ if Mastery < AttemptsNeeded }}lt{{ end }}{{ if Mastery == 1 }}one{{ end }}",
        "{{ Mastery | string.upcase }} {{ Delegating | string.upcase }}",
        "{{ Mode }} needs {{ AttemptsNeeded }}{{ if Delegating == true }}!{{ end }}",
    ];

    public static TheoryData<int> TemplateIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Templates.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static readonly TurnModel[] Models =
    [
        new TurnModel(),
        new TurnModel
        {
            Strategy = "socratic", Phase = "Probe", Problem = "Ünïcode ß and ıi: 1/2 + 1/4", Learner = "It Is 3/4", Signal = "IncorrectAttempt",
            Verdict = "incorrect", Diagnosis = "added denominators", Attempts = 2, HintLevel = 1, Hint = "Look", Language = "nl", Answer = "3/4",
        },
        new TurnModel { Attempts = 5, HintLevel = 5, Verdict = "correct", Problem = "same", Learner = "same", Hint = "h" },
        new TurnModel { Attempts = -3, HintLevel = 2, Verdict = "none" },
        new TurnModel { Hint = null!, Diagnosis = null!, Answer = null!, Attempts = 1 },
        new TurnModel { Attempts = 1234567, HintLevel = 0, Learner = "YES <b>&</b>", Problem = "{{ Answer }}" },
        new TurnModel { Mastery = 0.25, DelegationShare = 1e-5, Delegating = true, EffortRequired = true, AttemptsNeeded = 2, Mode = "Delegating" },
        new TurnModel { Mastery = 0.1 + 0.2, DelegationShare = 123456789.125, Delegating = false, EffortRequired = true, AttemptsNeeded = 0 },
        new TurnModel { Mastery = 1, DelegationShare = -0.5, Delegating = true, EffortRequired = false, AttemptsNeeded = 1 },
        new TurnModel { Mastery = 1.0 / 3, DelegationShare = 1e21, AttemptsNeeded = -1 },
    ];

    private static readonly Lazy<Type> Compiled = new(CompileAll);

    [Theory]
    [MemberData(nameof(TemplateIndexes))]
    public void Compiled_renderer_output_equals_Scriban_output(int index)
    {
        var render = (Action<TurnModel, StringBuilder>)Delegate.CreateDelegate(
            typeof(Action<TurnModel, StringBuilder>), Compiled.Value.GetMethod("T" + index, BindingFlags.Public | BindingFlags.Static)!);
        var template = Template.Parse(Templates[index]);
        Assert.False(template.HasErrors, string.Join("; ", template.Messages));

        var previous = CultureInfo.CurrentCulture;
        try
        {
            // A culture with unusual casing and number rules: both renderers must be culture-invariant.
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            foreach (var model in Models)
            {
                var globals = new ScriptObject();
                globals.Import(model, renamer: m => m.Name);
                var context = new TemplateContext { MemberRenamer = m => m.Name };
                context.PushGlobal(globals);
                var expected = template.Render(context);

                var output = new StringBuilder();
                render(model, output);
                Assert.Equal(expected, output.ToString());
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static Type CompileAll()
    {
        var members = typeof(TurnModel).GetProperties()
            .Select(p => new ModelMemberSpec(p.Name, p.PropertyType == typeof(string) ? ModelMemberKind.String : p.PropertyType == typeof(int) ? ModelMemberKind.Int32
                : p.PropertyType == typeof(bool) ? ModelMemberKind.Boolean : p.PropertyType == typeof(double) ? ModelMemberKind.Double : ModelMemberKind.Unsupported))
            .ToEquatableArray();
        var source = new StringBuilder("#pragma warning disable CS1591\npublic static class Renderers\n{\n");
        for (var i = 0; i < Templates.Length; i++)
        {
            var problems = new List<TemplateProblem>();
            var code = TemplateCompiler.Compile(Templates[i], "test " + i, members, problems);
            Assert.True(code is not null, $"Template {i} did not compile: {string.Join("; ", problems.Select(p => p.DescriptorId + " " + string.Join(", ", p.Arguments)))}");
            source.Append("    public static void T").Append(i).Append("(global::Didactics.TurnModel model, global::System.Text.StringBuilder output)\n    {\n");
            foreach (var line in code!.Value)
            {
                source.Append("        ").Append(line).Append('\n');
            }

            source.Append("    }\n");
        }

        source.Append("}\n");
        var compilation = GeneratorHarness.CreateCompilation(source.ToString());
        var warnings = compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings) + "\n" + source);
        return GeneratorHarness.Load(compilation).GetType("Renderers", throwOnError: true)!;
    }
}
