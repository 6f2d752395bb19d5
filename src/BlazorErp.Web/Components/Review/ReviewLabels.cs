using BlazorErp.Core.Orders;

namespace BlazorErp.Web.Components.Review;

/// <summary>The single flags of a flags value, for chips.</summary>
public static class ReviewLabels
{
    public static IEnumerable<OrderFlags> FlagsOf(OrderFlags flags) =>
        Enum.GetValues<OrderFlags>().Where(f => f != OrderFlags.None && flags.HasFlag(f));
}
