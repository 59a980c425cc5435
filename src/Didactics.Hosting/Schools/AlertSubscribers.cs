namespace Didactics.Hosting;

/// <summary>The local subscribers of alerts; a failing subscriber never stops the others.</summary>
internal sealed class AlertSubscribers
{
    private readonly Lock _gate = new();
    private Action<TeacherAlert>[] _handlers = [];

    public IDisposable Add(Action<TeacherAlert> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            _handlers = [.. _handlers, handler];
        }

        return new Subscription(this, handler);
    }

    public void Publish(TeacherAlert alert)
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            try
            {
                handler(alert);
            }
            catch (Exception)
            {
                // A broken subscriber (e.g. a closed stream) must not stop delivery to the others.
            }
        }
    }

    private void Remove(Action<TeacherAlert> handler)
    {
        lock (_gate)
        {
            _handlers = _handlers.Where(h => h != handler).ToArray();
        }
    }

    private sealed class Subscription(AlertSubscribers owner, Action<TeacherAlert> handler) : IDisposable
    {
        public void Dispose() => owner.Remove(handler);
    }
}
