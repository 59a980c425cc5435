namespace Didactics.SourceGeneration;

/// <summary>What a <c>*.strategy.sbn</c> file needs from the project besides its own text (all plain values).</summary>
/// <param name="DefaultNamespace">The namespace of strategy classes that declare none: <c>&lt;RootNamespace&gt;.Strategies</c>.</param>
/// <param name="ModelMembers">The <c>Didactics.TurnModel</c> members templates may use.</param>
/// <param name="EmitServiceRegistration">True when the compilation can see <c>IServiceCollection</c> and the Didactics registration helper.</param>
internal sealed record StrategyFileContext(string DefaultNamespace, EquatableArray<ModelMemberSpec> ModelMembers, bool EmitServiceRegistration);

/// <summary>The project's <c>.sbn</c> template files, with a lookup by file name that is not part of equality.</summary>
internal sealed class TemplateFileIndex : System.IEquatable<TemplateFileIndex>
{
    private System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<TemplateFileSpec>>? _byFileName;

    public TemplateFileIndex(EquatableArray<TemplateFileSpec> files) => Files = files;

    public EquatableArray<TemplateFileSpec> Files { get; }

    /// <summary>
    /// The files whose path ends with the reference (separators <c>/</c> and <c>\</c> equivalent, whole path segments,
    /// ordinal case).
    /// </summary>
    public System.Collections.Generic.List<TemplateFileSpec> Find(string reference)
    {
        var normalized = Normalize(reference).TrimStart('/');
        if (normalized.StartsWith("./", System.StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        var result = new System.Collections.Generic.List<TemplateFileSpec>();
        if (normalized.Length == 0 || !Lookup().TryGetValue(FileName(normalized), out var candidates))
        {
            return result;
        }

        foreach (var file in candidates)
        {
            var path = Normalize(file.Path);
            if (path == normalized || path.EndsWith("/" + normalized, System.StringComparison.Ordinal))
            {
                result.Add(file);
            }
        }

        return result;
    }

    public bool Equals(TemplateFileIndex? other) => other is not null && Files.Equals(other.Files);

    public override bool Equals(object? obj) => Equals(obj as TemplateFileIndex);

    public override int GetHashCode() => Files.GetHashCode();

    private System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<TemplateFileSpec>> Lookup()
    {
        // Built once per index instance (the index is shared by every strategy of a run), so 500 strategies × 2,000
        // files stay a dictionary lookup each.
        var lookup = _byFileName;
        if (lookup is null)
        {
            lookup = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<TemplateFileSpec>>(System.StringComparer.Ordinal);
            foreach (var file in Files)
            {
                var name = FileName(Normalize(file.Path));
                if (!lookup.TryGetValue(name, out var list))
                {
                    lookup[name] = list = new System.Collections.Generic.List<TemplateFileSpec>();
                }

                list.Add(file);
            }

            _byFileName = lookup;
        }

        return lookup;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);
}
