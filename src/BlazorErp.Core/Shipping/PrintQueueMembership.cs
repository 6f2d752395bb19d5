using BlazorErp.Core.Realtime;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BlazorErp.Core.Shipping;

/// <summary>Every print batch shows in the print queue, from 生成中 with its progress to 已打印.</summary>
public sealed class PrintBatchQueueMembership : IQueueMembership
{
    public Type EntityType => typeof(PrintBatch);

    public IEnumerable<Queue> QueuesOf(PropertyValues values) => [Queue.Print];

    public long ItemIdOf(object entity) => ((PrintBatch)entity).Id;
}
