using BlazorErp.Core.Common.Data;
using BlazorErp.Core.MasterData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorErp.Core.Orders.Data;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.Property(o => o.BuyerNick).HasMaxLength(64);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.ReceiverKey).HasMaxLength(300);
        builder.Property(o => o.BuyerMessage).HasMaxLength(500);
        builder.Property(o => o.SellerMemo).HasMaxLength(500);
        builder.Property(o => o.ServiceRemark).HasMaxLength(500);
        foreach (var money in new[] { nameof(Order.GoodsTotal), nameof(Order.PostFee), nameof(Order.Discount), nameof(Order.Paid) })
            builder.Property(money).HasPrecision(12, 2);
        builder.Ignore(o => o.IsReviewable);
        builder.Ignore(o => o.IsShippedOrLater);
        builder.Ignore(o => o.IsAutoMergeable);
        builder.Ignore(o => o.Outstanding);
        builder.Property(o => o.ExceptionNote).HasMaxLength(500);
        builder.Property(o => o.ApprovedBy).HasMaxLength(64);
        builder.Property(o => o.RejectReason).HasMaxLength(200);
        builder.HasOne<Courier>().WithMany().HasForeignKey(o => o.CourierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(o => o.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.Status, o.Flags });
        builder.HasIndex(o => o.SplitFromOrderId);
        builder.HasIndex(o => o.AfterSalesCaseId);
        builder.Property(o => o.TrackingNo).HasMaxLength(64);
        builder.Property(o => o.WaybillPrintData).HasMaxLength(4000);
        builder.HasIndex(o => o.TrackingNo);
        builder.HasIndex(o => o.PrintBatchId);
        builder.Property(o => o.InspectedBy).HasMaxLength(64);
        builder.Property(o => o.ShippedBy).HasMaxLength(64);
        builder.Property(o => o.WeightKg).HasPrecision(10, 3);
        builder.Property(o => o.Freight).HasPrecision(12, 2);
        builder.HasIndex(o => new { o.ShopId, o.Status, o.BuyerNick });
        builder.HasIndex(o => new { o.ShopId, o.Tid }).IsUnique();
        builder.Property(o => o.ExternalNo).HasMaxLength(Order.ExternalNoMaxLength);
        builder.HasIndex(o => new { o.ShopId, o.ExternalNo }).IsUnique();
        builder.HasIndex(o => o.MergedIntoOrderId);
        builder.HasOne<Shop>().WithMany().HasForeignKey(o => o.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(o => o.Receiver, r =>
        {
            r.Property(x => x.Name).HasMaxLength(64);
            r.Property(x => x.Mobile).HasMaxLength(32);
            r.Property(x => x.State).HasMaxLength(32);
            r.Property(x => x.City).HasMaxLength(32);
            r.Property(x => x.District).HasMaxLength(32);
            r.Property(x => x.Address).HasMaxLength(200);
            r.Property(x => x.Zip).HasMaxLength(16);
            r.Property(x => x.ProvinceCode).HasMaxLength(6);
            r.Property(x => x.CityCode).HasMaxLength(6);
            r.Property(x => x.DistrictCode).HasMaxLength(6);
            r.Ignore(x => x.MergeKey);
        });
        // Lines, sources and reservations live in the order row as JSON: an order is written (and audited) as one row.
        builder.Ignore(o => o.Lines);
        builder.Ignore(o => o.Sources);
        builder.Ignore(o => o.Reserved);
        builder.JsonList<Order, OrderLine>("_lines", "Lines");
        builder.JsonList<Order, OrderSource>("_sources", "Sources");
        builder.JsonList<Order, ReservedStock>("_reserved", "Reserved");
        // The merchant codes of the lines, "|A|B|", so 订单查询 can find orders by code without reading the JSON.
        builder.Property(o => o.MerchantCodes).HasMaxLength(1000);
    }
}
