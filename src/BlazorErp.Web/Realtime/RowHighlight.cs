namespace BlazorErp.Web.Realtime;

/// <summary>The brief highlight of rows someone else just changed (CSS class <c>row-changed</c>).</summary>
public sealed class RowHighlight
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(2);
    private readonly HashSet<long> _ids = [];

    public string ClassFor(long id) => _ids.Contains(id) ? "row-changed" : "";

    /// <summary>Marks the rows now and unmarks them after <see cref="Duration"/> on the component's renderer.</summary>
    public void Flash(IReadOnlyCollection<long> ids, Func<Action, Task> invokeAsync, Action rerender)
    {
        _ids.UnionWith(ids);
        _ = Task.Delay(Duration).ContinueWith(_ => invokeAsync(() =>
        {
            _ids.ExceptWith(ids);
            rerender();
        }));
    }
}
