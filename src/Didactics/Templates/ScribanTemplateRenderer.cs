using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Didactics;

/// <summary>
/// Renders a Scriban template over a <see cref="TurnModel"/> at run time. The source generator uses it for templates
/// with a construct outside the subset it compiles to C# (diagnostic DID1009, severity Info): the template is parsed
/// once, and each render reuses a per-thread <see cref="TemplateContext"/> instead of creating one per turn.
/// </summary>
/// <remarks>
/// Members are exposed with their .NET names (<c>{{ Problem }}</c>, <c>{{ HintLevel }}</c>), as in the compiled
/// renderers, and values are formatted with the invariant culture. The output is exactly what
/// <c>Template.Parse(source).Render(model, m =&gt; m.Name)</c> returns. Instances are safe to use from several threads.
/// </remarks>
public sealed class ScribanTemplateRenderer
{
    // One context per thread: a TemplateContext holds evaluation state and is not thread-safe, but it can be reused
    // across renders, which avoids rebuilding its built-in function tables every turn.
    [ThreadStatic]
    private static RenderState? t_state;

    private readonly Template _template;

    /// <summary>Parses <paramref name="source"/> once.</summary>
    /// <param name="source">The Scriban template text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The template has syntax errors (the message lists them).</exception>
    public ScribanTemplateRenderer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _template = Template.Parse(source);
        if (_template.HasErrors)
        {
            throw new ArgumentException("The template has syntax errors: " + string.Join("; ", _template.Messages), nameof(source));
        }

        Source = source;
    }

    /// <summary>The template text.</summary>
    public string Source { get; }

    /// <summary>Renders the template for <paramref name="model"/> and appends the text to <paramref name="output"/>.</summary>
    /// <param name="model">The turn's template variables.</param>
    /// <param name="output">Receives the rendered text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="output"/> is null.</exception>
    public void Render(TurnModel model, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var state = t_state ??= new RenderState();
        var rendered = false;
        try
        {
            state.Render(_template, model, output);
            rendered = true;
        }
        finally
        {
            // A failed render (e.g. a loop limit) may leave pushed state behind: start the next one fresh.
            if (!rendered)
            {
                t_state = null;
            }
        }
    }

    /// <summary>A reusable context whose globals are the model members plus a scratch scope for assignments.</summary>
    private sealed class RenderState
    {
        private readonly TemplateContext _context;
        private readonly ScriptObject _model = new();

        public RenderState()
        {
            _context = new TemplateContext { MemberRenamer = static member => member.Name };
            _context.PushCulture(CultureInfo.InvariantCulture);
            _context.PushGlobal(_model);
        }

        public void Render(Template template, TurnModel model, StringBuilder output)
        {
            SetMembers(model);

            // Assignments of one render must not be seen by the next: they go to a scope pushed for this render only.
            _context.PushGlobal(new ScriptObject());
            try
            {
                // Render writes to the context's own StringBuilderOutput (reused) and empties it before returning.
                output.Append(template.Render(_context));
            }
            finally
            {
                _context.PopGlobal();
            }
        }

        // The members are set directly (no reflection per render); a unit test renders every public member of
        // TurnModel through this list and through Scriban's own import, so a member missing here fails it.
        private void SetMembers(TurnModel model)
        {
            var o = _model;
            o.SetValue(nameof(TurnModel.Strategy), model.Strategy, false);
            o.SetValue(nameof(TurnModel.Phase), model.Phase, false);
            o.SetValue(nameof(TurnModel.Problem), model.Problem, false);
            o.SetValue(nameof(TurnModel.Learner), model.Learner, false);
            o.SetValue(nameof(TurnModel.Signal), model.Signal, false);
            o.SetValue(nameof(TurnModel.Verdict), model.Verdict, false);
            o.SetValue(nameof(TurnModel.Diagnosis), model.Diagnosis, false);
            o.SetValue(nameof(TurnModel.Attempts), model.Attempts, false);
            o.SetValue(nameof(TurnModel.HintLevel), model.HintLevel, false);
            o.SetValue(nameof(TurnModel.Hint), model.Hint, false);
            o.SetValue(nameof(TurnModel.EarlierHints), model.EarlierHints, false);
            o.SetValue(nameof(TurnModel.Language), model.Language, false);
            o.SetValue(nameof(TurnModel.Answer), model.Answer, false);
            o.SetValue(nameof(TurnModel.Example), model.Example, false);
            o.SetValue(nameof(TurnModel.FadedExample), model.FadedExample, false);
            o.SetValue(nameof(TurnModel.Mode), model.Mode, false);
            o.SetValue(nameof(TurnModel.DelegationShare), model.DelegationShare, false);
            o.SetValue(nameof(TurnModel.Delegating), model.Delegating, false);
            o.SetValue(nameof(TurnModel.EffortRequired), model.EffortRequired, false);
            o.SetValue(nameof(TurnModel.AttemptsNeeded), model.AttemptsNeeded, false);
            o.SetValue(nameof(TurnModel.Mastery), model.Mastery, false);
            o.SetValue(nameof(TurnModel.SmallerQuestion), model.SmallerQuestion, false);
            o.SetValue(nameof(TurnModel.WorkedSibling), model.WorkedSibling, false);
        }
    }
}
