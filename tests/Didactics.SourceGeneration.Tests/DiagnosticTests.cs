using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration.Tests;

/// <summary>One test (at least) per generator diagnostic: ID, exact location, exact message, and nothing emitted.</summary>
public sealed class DiagnosticTests
{
    private const string Header = "using Didactics;\nnamespace T;\n";

    [Fact]
    public void DID1001_class_not_partial_is_reported_on_the_identifier()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true)]
            internal class NotPartial { }
            """;
        var diagnostic = Single(source);
        AssertAt(diagnostic, "DID1001", source, line: 5, "NotPartial", "NotPartial".Length,
            "Strategy class 'T.NotPartial' must be declared partial so that the generator can add its pipeline");
    }

    [Fact]
    public void DID1002_duplicate_strategy_name_is_reported_on_both_name_arguments()
    {
        var source = Header + """
            [Strategy("dup")]
            [Phase("A", PhaseMove.Elicit, Start = true)]
            internal partial class First { }
            [Strategy("dup")]
            [Phase("A", PhaseMove.Elicit, Start = true)]
            internal partial class Second { }
            """;
        var (run, diagnostics) = Diagnose(source);
        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], "DID1002", source, line: 3, "\"dup\"", 5,
            "Strategy name 'dup' is also used by 'T.Second'; strategy names must be unique within a project");
        AssertAt(diagnostics[1], "DID1002", source, line: 6, "\"dup\"", 5,
            "Strategy name 'dup' is also used by 'T.First'; strategy names must be unique within a project");
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void DID1003_no_start_phase_is_reported_on_the_identifier()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit)]
            internal partial class NoStart { }
            """;
        AssertAt(Single(source), "DID1003", source, line: 5, "NoStart", 7,
            "Strategy 's' must mark exactly one phase with Start = true, but 0 are marked");
    }

    [Fact]
    public void DID1003_two_start_phases_is_reported_on_the_second_start_phase()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true)]
            [Phase("B", PhaseMove.Probe, Start = true)]
            internal partial class TwoStarts { }
            """;
        AssertAt(Single(source), "DID1003", source, line: 5, "Phase(\"B\"", "Phase(\"B\", PhaseMove.Probe, Start = true)".Length,
            "Strategy 's' must mark exactly one phase with Start = true, but 2 are marked");
    }

    [Fact]
    public void DID1004_unknown_target_phase_is_reported_on_the_argument_with_a_suggestion()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("Elicit", PhaseMove.Elicit, Start = true)]
            [Phase("Probe", PhaseMove.Probe)]
            [Transition("Elicit", LearnerSignal.DontKnow, "Prob")]
            internal partial class Typo { }
            """;
        AssertAt(Single(source), "DID1004", source, line: 6, "\"Prob\"", 6,
            "Phase 'Prob' is not declared in strategy 's'; did you mean 'Probe'?");
    }

    [Fact]
    public void DID1004_unknown_source_phase_without_a_close_match_has_no_suggestion()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("Elicit", PhaseMove.Elicit, Start = true)]
            [Transition("Somewhere", LearnerSignal.DontKnow, "Elicit")]
            internal partial class Typo { }
            """;
        AssertAt(Single(source), "DID1004", source, line: 5, "\"Somewhere\"", 11,
            "Phase 'Somewhere' is not declared in strategy 's'");
    }

    [Fact]
    public void DID1005_duplicate_phase_is_reported_on_the_second_name()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true)]
            [Phase("A", PhaseMove.Probe)]
            internal partial class Twice { }
            """;
        AssertAt(Single(source), "DID1005", source, line: 5, "\"A\"", 3,
            "Phase 'A' is declared more than once in strategy 's'");
    }

    [Fact]
    public void DID1006_template_syntax_error_points_into_the_string_literal()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true, Template = "Hi {{ if }}")]
            internal partial class Broken { }
            """;
        var (_, diagnostics) = Diagnose(source);
        Assert.All(diagnostics, d => Assert.Equal("DID1006", d.Id));

        // Scriban reports the `}}` where it expected the condition: the location is that `}}` inside the literal.
        AssertAt(diagnostics[0], "DID1006", source, line: 4, "}}\")", 2,
            "Template error in phase 'A': Error while parsing if statement: Expecting <expression> instead of `}}` in: if <expression> ... end|else|else if");
    }

    [Fact]
    public void DID1006_in_a_multi_line_verbatim_literal_maps_line_and_column()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true, Template = @"Line one
              and {{ if }} here")]
            internal partial class Broken { }
            """;
        var (_, diagnostics) = Diagnose(source);
        AssertAt(diagnostics[0], "DID1006", source, line: 5, "}} here", 2, null);
    }

    [Fact]
    public void DID1006_in_a_multi_line_raw_literal_maps_line_and_column()
    {
        var source = Header + """"
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true, Template = """
                First line
                Second {{ if }} line
                """)]
            internal partial class Broken { }
            """";
        var (_, diagnostics) = Diagnose(source);
        AssertAt(diagnostics[0], "DID1006", source, line: 6, "}} line", 2, null);
    }

    [Fact]
    public void DID1006_in_a_raw_literal_with_a_short_blank_line_maps_line_and_column()
    {
        var source = Header + """"
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true, Template = """
                First line

                Third {{ if }} line
                """)]
            internal partial class Broken { }
            """";
        var (_, diagnostics) = Diagnose(source);
        AssertAt(diagnostics[0], "DID1006", source, line: 7, "}} line", 2, null);
    }

    [Fact]
    public void Template_errors_are_reported_together_with_class_errors()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true, Template = "{{ Zebra }}")]
            internal class NotPartial { }
            """;
        var (_, diagnostics) = Diagnose(source);
        Assert.Equal(["DID1007", "DID1001"], diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void DID1006_in_a_literal_with_escape_sequences_falls_back_to_the_whole_literal()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true, Template = "Tab\there {{ if }}")]
            internal partial class Broken { }
            """;
        var (_, diagnostics) = Diagnose(source);
        AssertAt(diagnostics[0], "DID1006", source, line: 4, "\"Tab", "\"Tab\\there {{ if }}\"".Length, null);
    }

    [Fact]
    public void DID1007_unknown_variable_is_reported_on_the_variable_with_a_suggestion()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true, Content = new[] { "Fine {{ Problem }}", "Solve {{ Problme }}" })]
            internal partial class Typo { }
            """;
        AssertAt(Single(source), "DID1007", source, line: 4, "Problme", 7,
            "Template of phase 'A' (content 2) uses 'Problme', which the template model does not define; did you mean 'Problem'?");
    }

    [Fact]
    public void DID1007_far_from_any_member_has_no_suggestion()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true, Template = "{{ Zebra }}")]
            internal partial class Typo { }
            """;
        AssertAt(Single(source), "DID1007", source, line: 4, "Zebra", 5,
            "Template of phase 'A' uses 'Zebra', which the template model does not define");
    }

    [Theory]
    [InlineData("internal partial class Outer { [Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] internal partial class Inner { } }", "Inner", "T.Outer.Inner", "nested classes are not supported; declare the strategy directly in a namespace")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] internal partial class Generic<TItem> { }", "Generic", "T.Generic<TItem>", "generic classes are not supported")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] internal static partial class Static { }", "Static", "T.Static", "a static class cannot implement IStrategy")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] internal abstract partial class Abstract { }", "Abstract", "T.Abstract", "an abstract class cannot be instantiated as a strategy")]
    [InlineData("[Strategy(\"s\")] internal partial class NoPhases { }", "NoPhases", "T.NoPhases", "it declares no [Phase]")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] internal abstract partial record Base { }", "Base", "T.Base", "an abstract class cannot be instantiated as a strategy")]
    public void DID1008_unsupported_shapes_are_reported_on_the_identifier(string declaration, string identifier, string display, string reason)
    {
        var source = Header + declaration + "\n";
        AssertAt(Single(source), "DID1008", source, line: 3, " " + identifier, identifier.Length + 1,
            $"Strategy class '{display}' cannot be generated: {reason}", offset: 1);
    }

    [Fact]
    public void DID1008_a_record_struct_gets_a_clear_diagnostic_besides_the_compilers_attribute_target_error()
    {
        var source = Header + "[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] internal partial record struct Value { }\n";
        var run = GeneratorHarness.Run(source);
        Assert.Empty(run.Result.GeneratedSources);
        AssertAt(Assert.Single(run.GeneratorDiagnostics), "DID1008", source, line: 3, " Value", "Value".Length + 1,
            "Strategy class 'T.Value' cannot be generated: a record struct cannot be a strategy; declare a partial class or a partial record", offset: 1);
        Assert.Contains(run.Output.GetDiagnostics(), d => d.Id == "CS0592");
    }

    [Fact]
    public void DID1009_unsupported_template_construct_is_reported_as_info_at_the_construct_and_generated_with_the_scriban_fallback()
    {
        var source = Header + """
            [Strategy("s")]
            [Phase("A", PhaseMove.Elicit, Start = true, Template = "Count: {{ for i in 1..3 }}{{ i }}{{ end }}")]
            internal partial class Loop { }
            """;
        var (run, diagnostics) = DiagnoseFallback(source);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DID1009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan().Span;
        Assert.Equal(3, span.Start.Line);
        Assert.Equal(Line(source, 4).IndexOf("for i", StringComparison.Ordinal), span.Start.Character);
        Assert.Equal(
            "Template of phase 'A' uses a 'for' loop, which the compiled renderer does not support; the template is rendered by Scriban at run time (slower); to compile it, use member output, if/else if/else, comparisons, &&, ||, ! and the string.upcase/string.downcase pipes",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var generated = run.Source("T.Loop.g.cs");
        Assert.Contains("private static readonly global::Didactics.ScribanTemplateRenderer __Fallback_0 = new(\"Count: {{ for i in 1..3 }}{{ i }}{{ end }}\");", generated, StringComparison.Ordinal);
        Assert.Contains("__Fallback_0.Render(model, output);", generated, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ x = 1 }}", "an assignment")]
    [InlineData("{{ Problem | string.truncate 5 }}", "the pipe")]
    [InlineData("{{ Attempts + 1 }}", "the operator '+'")]
    [InlineData("{{ if Problem > \"a\" }}x{{ end }}", "'>' between a string and a string")]
    [InlineData("{{ if Attempts == \"1\" }}x{{ end }}", "'==' between a number and a string")]
    [InlineData("{{ not Attempts }}", "a function call")]
    public void DID1009_is_reported_as_info_for_each_unsupported_construct(string template, string what)
    {
        var source = Header + "[Strategy(\"s\")]\n[Phase(\"A\", PhaseMove.Elicit, Start = true, Template = \"" + template.Replace("\"", "\\\"") + "\")]\ninternal partial class X { }\n";
        var (run, diagnostics) = DiagnoseFallback(source);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DID1009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains(what, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("__Fallback_0.Render(model, output);", run.Source("T.X.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void DID1009_does_not_hide_an_unknown_variable_or_a_syntax_error_in_the_same_template()
    {
        // DID1007 and DID1006 stay errors: the strategy is not generated even though the template also has a loop.
        var unknown = Header + "[Strategy(\"s\")]\n[Phase(\"A\", PhaseMove.Elicit, Start = true, Template = \"{{ Problme }}{{ for i in 1..3 }}{{ end }}\")]\ninternal partial class X { }\n";
        var (_, diagnostics) = Diagnose(unknown);
        Assert.Equal(["DID1007", "DID1009"], diagnostics.Select(d => d.Id));
        Assert.Equal(DiagnosticSeverity.Error, diagnostics[0].Severity);

        var syntax = Header + "[Strategy(\"s\")]\n[Phase(\"A\", PhaseMove.Elicit, Start = true, Template = \"{{ for i in 1..3 }}{{ Problem + }}{{ end }}\")]\ninternal partial class X { }\n";
        (_, diagnostics) = Diagnose(syntax);
        Assert.Contains(diagnostics, d => d.Id == "DID1006" && d.Severity == DiagnosticSeverity.Error);
        Assert.All(diagnostics, d => Assert.Equal("DID1006", d.Id));
    }

    [Fact]
    public void Generator_diagnostics_carry_help_links_to_the_rule_pages()
    {
        var source = Header + "[Strategy(\"s\")]\ninternal class NotPartial { }\n";
        var (_, diagnostics) = Diagnose(source);
        Assert.All(diagnostics, d => Assert.EndsWith("docs/diagnostics/" + d.Id + ".md", d.Descriptor.HelpLinkUri, StringComparison.Ordinal));
    }

    private static Diagnostic Single(string source)
    {
        var (_, diagnostics) = Diagnose(source);
        return Assert.Single(diagnostics);
    }

    /// <summary>Runs the generator, checks that nothing was emitted and the compilation has no cascade of errors, and returns the generator diagnostics in source order.</summary>
    private static (GeneratorRun Run, List<Diagnostic> Diagnostics) Diagnose(string source)
    {
        var run = GeneratorHarness.Run(source);
        Assert.Empty(run.Result.GeneratedSources);
        var compilerErrors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(compilerErrors.Count == 0, "A failed strategy must not cascade into compiler errors:\n" + string.Join("\n", compilerErrors));
        var diagnostics = run.GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.NotEmpty(diagnostics);
        return (run, diagnostics);
    }

    /// <summary>Runs the generator for a strategy that falls back to Scriban: the strategy is generated and compiles cleanly; returns the generator diagnostics in source order.</summary>
    private static (GeneratorRun Run, List<Diagnostic> Diagnostics) DiagnoseFallback(string source)
    {
        var run = GeneratorHarness.Run(source);
        Assert.NotEmpty(run.Result.GeneratedSources);
        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems) + "\n\n" + run.AllGeneratedSource);
        return (run, run.GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList());
    }

    private static string Line(string source, int oneBasedLine) => source.Replace("\r\n", "\n").Split('\n')[oneBasedLine - 1];

    /// <summary>Asserts the ID, the 1-based line, that the span starts at <paramref name="marker"/> in that line and has <paramref name="length"/>, and the message.</summary>
    private static void AssertAt(Diagnostic diagnostic, string id, string source, int line, string marker, int length, string? message, int offset = 0)
    {
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("Strategy.cs", span.Path);
        Assert.Equal(line - 1, span.StartLinePosition.Line);
        var column = Line(source, line).IndexOf(marker, StringComparison.Ordinal);
        Assert.True(column >= 0, $"Marker '{marker}' not found on line {line}.");
        Assert.Equal(column + offset, span.StartLinePosition.Character);
        Assert.Equal(length - offset, diagnostic.Location.SourceSpan.Length);
        if (message is not null)
        {
            Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

public sealed class DiagnosticSuppressionTests
{
    [Fact]
    public void Generator_diagnostics_honour_project_level_suppression_like_NoWarn()
    {
        var source = "using Didactics;\nnamespace T;\n[Strategy(\"s\")]\n[Phase(\"A\", PhaseMove.Elicit, Start = true)]\ninternal class NotPartial { }\n";
        var compilation = GeneratorHarness.CreateCompilation(source);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            new Dictionary<string, Microsoft.CodeAnalysis.ReportDiagnostic> { ["DID1001"] = Microsoft.CodeAnalysis.ReportDiagnostic.Suppress }));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics.Where(d => !d.IsSuppressed));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }
}
