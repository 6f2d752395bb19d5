using BlazorErp.Core.Realtime;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BlazorErp.Core.AfterSales;

/// <summary>Every case shows in the live return queue (退换管理), in the tab of its state.</summary>
public sealed class AfterSalesCaseQueueMembership : IQueueMembership
{
    public Type EntityType => typeof(AfterSalesCase);

    public IEnumerable<Queue> QueuesOf(PropertyValues values) => [Queue.Returns];

    public long ItemIdOf(object entity) => ((AfterSalesCase)entity).Id;
}
