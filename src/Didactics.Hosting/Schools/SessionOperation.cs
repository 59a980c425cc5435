namespace Didactics.Hosting;

/// <summary>What a request does with a session.</summary>
internal enum SessionOperation
{
    Read,
    Turn,
    Erase,
    Steer,
    Consent,
}
