using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Text;
using Didactics.SourceGeneration.Diagnostics;
using Didactics.SourceGeneration.Model;
using Didactics.SourceGeneration.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Didactics.SourceGeneration.Generator
{
    /// <summary>
    /// Turns every class marked with <c>[Strategy]</c> into a compiled pipeline: an <c>IStrategy</c> implementation with
    /// a switch-based state machine and compiled template renderers, plus a dependency-injection registration method.
    /// </summary>
    /// <remarks>
    /// Pipeline: parse each class into a value model (<see cref="Parse"/>), collect the strategy names for the
    /// cross-class checks, combine, then report diagnostics and emit source in two separate outputs. A strategy with
    /// any error emits nothing, so a design mistake gives one clear diagnostic instead of a cascade of compiler errors.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class StrategyGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var parsed = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    StrategyAttributeName,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (syntaxContext, cancellationToken) => Parse(syntaxContext, cancellationToken))
                .WithTrackingName(TrackingNames.ParsedStrategies)
                .Select(static (result, cancellationToken) => CompileTemplates(result, cancellationToken))
                .WithTrackingName(TrackingNames.CompiledTemplates);

            var names = parsed
                .Select(static (result, _) => new StrategyNameEntry(result.StrategyName, result.ClassDisplayName, result.ClassName))
                .Collect()
                .Select(static (entries, _) => entries.ToEquatableArray())
                .WithTrackingName(TrackingNames.StrategyNames);

            var assemblyName = context.CompilationProvider
                .Select(static (compilation, _) => compilation.AssemblyName ?? string.Empty)
                .WithTrackingName(TrackingNames.AssemblyName);

            var outputs = parsed
                .Combine(names)
                .Combine(assemblyName)
                .Select(static (input, _) => Finish(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.StrategyOutputs);

            var diagnostics = outputs
                .Select(static (output, _) => output.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(diagnostics, static (productionContext, items) =>
            {
                foreach (var item in items)
                {
                    productionContext.ReportDiagnostic(item.ToDiagnostic());
                }
            });

            var emitSpecs = outputs
                .Where(static output => output.Spec is not null)
                .Select(static (output, _) => new StrategyEmitSpec(output.Spec!, output.RegistrationMethodName, output.ExtensionsClassName))
                .WithTrackingName(TrackingNames.EmitSpecs);

            context.RegisterSourceOutput(emitSpecs, static (productionContext, spec) =>
                productionContext.AddSource(HintName(spec.Spec), Emit(spec)));
        }

        /// <summary>
        /// Parses and compiles every template of a parsed strategy with Scriban. A separate step so that it re-runs only
        /// when the parsed strategy itself changes, never on unrelated edits. Drops the spec when any diagnostic exists.
        /// </summary>
        internal static StrategyParseResult CompileTemplates(StrategyParseResult result, CancellationToken cancellationToken)
        {
            var spec = result.Spec;
            if (spec is null)
            {
                return result;
            }

            var diagnostics = new List<DiagnosticInfo>(result.Diagnostics);
            var phases = new List<PhaseSpec>(spec.Phases.Count);
            foreach (var phase in spec.Phases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var template = phase.Template is null ? null : Compile(phase.Template, spec.ModelMembers, diagnostics);
                var content = phase.Content.Select(c => Compile(c, spec.ModelMembers, diagnostics)).ToEquatableArray();
                phases.Add(phase with { Template = template, Content = content });
            }

            return result with
            {
                Spec = diagnostics.Count == 0 ? spec with { Phases = phases.ToEquatableArray() } : null,
                Diagnostics = diagnostics.ToEquatableArray(),
            };
        }

        private static TemplateSpec Compile(TemplateSpec template, EquatableArray<ModelMemberSpec> members, List<DiagnosticInfo> diagnostics)
        {
            var problems = new List<TemplateProblem>();
            var code = TemplateCompiler.Compile(template.Source, template.Where, members, problems);
            foreach (var problem in problems)
            {
                diagnostics.Add(new DiagnosticInfo(problem.DescriptorId, TemplateLocationMapper.Map(template.Origin, template.Source, problem), problem.Arguments.ToEquatableArray()));
            }

            return template with { Code = code };
        }

        /// <summary>The generated file's hint name, e.g. <c>MyApp.Socratic.g.cs</c>.</summary>
        internal static string HintName(StrategySpec spec) => spec.DisplayName + ".g.cs";

        /// <summary>Applies the checks that need every strategy of the compilation (unique names) and names the DI method.</summary>
        internal static StrategyOutputSpec Finish(StrategyParseResult result, EquatableArray<StrategyNameEntry> all, string assemblyName)
        {
            var diagnostics = result.Diagnostics;
            if (result.StrategyName is { } name)
            {
                var other = all.FirstOrDefault(e => e.StrategyName == name && e.ClassDisplayName != result.ClassDisplayName);
                if (other is not null)
                {
                    diagnostics = diagnostics
                        .Concat(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateStrategyName, result.StrategyNameLocation, name, other.ClassDisplayName) })
                        .ToEquatableArray();
                }
            }

            // Two strategy classes with the same simple name in different namespaces get namespace-qualified method names.
            var classNameClash = all.Any(e => e.ClassName == result.ClassName && e.ClassDisplayName != result.ClassDisplayName);
            var methodName = "Add" + (classNameClash ? Sanitize(result.ClassDisplayName) : result.ClassName);
            var extensionsClassName = "DidacticsGenerated" + Sanitize(assemblyName) + "Extensions";
            return new StrategyOutputSpec(diagnostics.Count == 0 ? result.Spec : null, diagnostics, methodName, extensionsClassName);
        }

        /// <summary>Keeps letters, digits and underscores (so an assembly or namespace name becomes part of an identifier).</summary>
        internal static string Sanitize(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            return builder.ToString();
        }
    }
}
