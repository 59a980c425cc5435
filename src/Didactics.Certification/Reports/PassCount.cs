namespace Didactics.Certification;

/// <summary>Aggregates for the reports.</summary>
/// <param name="Name">The check id or persona.</param>
/// <param name="Passed">Passed.</param>
/// <param name="Total">Applicable.</param>
public sealed record PassCount(string Name, int Passed, int Total)
{
    /// <summary>Passed / total (1 when nothing applied).</summary>
    public double Rate => Total == 0 ? 1 : (double)Passed / Total;
}
