using BlazorErp.Core.Admin;
using BlazorErp.Core.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace BlazorErp.Web.Realtime;

/// <summary>
/// <c>/hubs/queues</c> for clients that are not Blazor pages (print-station agents, scanners, wall dashboards):
/// a client joins the queues its role may see and receives <c>QueueChanged</c> batches for them. Sign-in is
/// required by the access matrix (a cookie or an API key); never <c>Clients.All</c> for business data.
/// </summary>
public sealed class QueueHub(ScaleReadings scales) : Hub
{
    public const string Path = "/hubs/queues";
    public const string Method = "QueueChanged";

    /// <summary>Who may follow which queue; the same people who may open its page.</summary>
    public static readonly IReadOnlyDictionary<Queue, string[]> Readers = new Dictionary<Queue, string[]>
    {
        [Queue.Review] = [Role.ReviewClerk, Role.Manager, Role.Admin, Role.Integration],
        [Queue.Exceptions] = [Role.ReviewClerk, Role.AfterSales, Role.Manager, Role.Admin, Role.Integration],
        [Queue.Print] = [Role.Warehouse, Role.Manager, Role.Admin, Role.Integration],
        [Queue.Ship] = [Role.Warehouse, Role.Manager, Role.Admin, Role.Integration],
        [Queue.Returns] = [Role.AfterSales, Role.Warehouse, Role.Manager, Role.Admin, Role.Integration],
        [Queue.Dashboard] = [Role.Manager, Role.Admin, Role.Integration], // wall dashboards
    };

    public static string Group(Queue queue) => "queue:" + queue;

    /// <summary>Join a queue's group; refused (a HubException the client sees) when the caller's role may not read it.</summary>
    public async Task Join(Queue queue)
    {
        if (!Readers.TryGetValue(queue, out var roles) || !roles.Any(Context.User!.IsInRole))
            throw new HubException($"Not allowed to follow the {queue} queue.");
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(queue));
    }

    public Task Leave(Queue queue) => Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(queue));

    /// <summary>A scale client reports a stable weight for its station; that station's 称重发货 page fills it in.</summary>
    public void ReportWeight(string station, decimal kg)
    {
        if (!Readers[Queue.Ship].Any(Context.User!.IsInRole)) throw new HubException("Not allowed to report weights.");
        if (kg <= 0 || kg > 1000 || string.IsNullOrWhiteSpace(station)) throw new HubException("A station name and a weight between 0 and 1000 kg are required.");
        scales.Report(station, kg);
    }
}
