namespace Didactics.Hosting.Schools;

/// <summary>What a request does with a session.</summary>
internal enum SessionOperation
{
    Read,
    Turn,
    Erase,
    Steer,
    Consent,
}
