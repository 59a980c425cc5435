namespace Didactics.Shared;

internal enum DocumentFormat
{
    Json,
    Yaml,
}
