using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Didactics.SourceGeneration;

/// <summary>
/// The project's <c>.sbn</c> template files (AdditionalFiles that are not strategy files) as the analyzers see them:
/// the generator's <see cref="TemplateFileIndex"/> for the lookup, plus each file's text for locations. Built once
/// per compilation, on first use.
/// </summary>
internal sealed class TemplateFiles
{
    private readonly TemplateFileIndex _index;
    private readonly Dictionary<string, SourceText> _texts;

    private TemplateFiles(TemplateFileIndex index, Dictionary<string, SourceText> texts)
    {
        _index = index;
        _texts = texts;
    }

    public static TemplateFiles Empty { get; } = new TemplateFiles(new TemplateFileIndex(EquatableArray<TemplateFileSpec>.Empty), new Dictionary<string, SourceText>());

    public static TemplateFiles From(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var specs = new List<TemplateFileSpec>();
        var texts = new Dictionary<string, SourceText>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!StrategyGenerator.IsTemplateFile(file.Path) || texts.ContainsKey(file.Path) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            texts.Add(file.Path, text);
            specs.Add(new TemplateFileSpec(file.Path, text.ToString()));
        }

        return new TemplateFiles(new TemplateFileIndex(specs.ToEquatableArray()), texts);
    }

    /// <summary>The text of the one file <paramref name="reference"/> names, located over the whole file; null when none or several match.</summary>
    public LocatedText? Resolve(string reference, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var matches = _index.Find(reference);
        if (matches.Count != 1 || !_texts.TryGetValue(matches[0].Path, out var text))
        {
            return null;
        }

        var span = new TextSpan(0, text.Length);
        return LocatedText.InFile(matches[0].Text, Location.Create(matches[0].Path, span, text.Lines.GetLinePositionSpan(span)));
    }
}
