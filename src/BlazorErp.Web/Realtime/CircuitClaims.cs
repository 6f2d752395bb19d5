using BlazorErp.Core.Review.Features;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BlazorErp.Web.Realtime;

/// <summary>
/// The orders this browser tab holds. When its connection drops (tab closed, laptop shut) they are released at once —
/// Blazor keeps a disconnected circuit alive for minutes, and colleagues should not wait for it — and taken again
/// when the same tab reconnects, if nobody has taken them meanwhile.
/// </summary>
public sealed class CircuitClaims(ClaimOrder claimOrder, ReleaseOrder releaseOrder) : CircuitHandler
{
    private readonly HashSet<long> _held = [];

    public bool Connected { get; private set; } = true;

    public void Holding(long orderId) { lock (_held) _held.Add(orderId); }

    public void Released(long orderId) { lock (_held) _held.Remove(orderId); }

    public override async Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Connected = false;
        foreach (var orderId in Snapshot()) await releaseOrder.HandleAsync(orderId);
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (Connected) return;
        Connected = true;
        foreach (var orderId in Snapshot()) await claimOrder.HandleAsync(orderId);
    }

    private long[] Snapshot() { lock (_held) return [.. _held]; }
}
