using Microsoft.EntityFrameworkCore;

namespace BlazorErp.PlatformSandbox.Store;

/// <summary>An ISV application registered with the platform: app key and secret.</summary>
public sealed class SandboxApp
{
    public string AppKey { get; set; } = "";
    public string Secret { get; set; } = "";
}

/// <summary>A seller who authorised an app: the session key stands for the seller's shop.</summary>
public sealed class SandboxShop
{
    public string SessionKey { get; set; } = "";
    public string AppKey { get; set; } = "";
    public string SellerNick { get; set; } = "";
    public int Seed { get; set; }
}

/// <summary>A listing SKU (taobao.items.onsale.get) with the seller's outer codes.</summary>
public sealed class SandboxItem
{
    public long Id { get; set; }
    public string SellerNick { get; set; } = "";
    public long NumIid { get; set; }
    public long SkuId { get; set; }
    public string Title { get; set; } = "";
    public string SkuProperties { get; set; } = "";
    public string? OuterIid { get; set; }
    public string? OuterSkuId { get; set; }
    public decimal Price { get; set; }
    public int Quantity { get; set; }
    public DateTime Modified { get; set; }
}

/// <summary>A trade as TOP returns it (JSON with TOP field names), indexed by what the API filters on.</summary>
public sealed class SandboxTrade
{
    public long Tid { get; set; }
    public string SellerNick { get; set; } = "";
    public string Status { get; set; } = "";
    /// <summary>China time (GMT+8), as TOP reports times.</summary>
    public DateTime Modified { get; set; }
    public string Json { get; set; } = "{}";
}

public sealed class SandboxRefund
{
    public long RefundId { get; set; }
    public long Tid { get; set; }
    public long Oid { get; set; }
    public string SellerNick { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTime Modified { get; set; }
    public string Json { get; set; } = "{}";
}

/// <summary>A ship notification received through taobao.logistics.offline.send.</summary>
public sealed class SandboxShipment
{
    public long Id { get; set; }
    public long Tid { get; set; }
    public string? SubTids { get; set; }
    public string OutSid { get; set; } = "";
    public string CompanyCode { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>
/// A seller's e-waybill subscription (面单服务订购) with one courier branch: the balance it allocates from and the
/// number segment (号段) its numbers come from.
/// </summary>
public sealed class SandboxWaybillSubscription
{
    public long Id { get; set; }
    public string SellerNick { get; set; } = "";
    public string CpCode { get; set; } = "";
    public string BranchCode { get; set; } = "";
    public string BranchName { get; set; } = "";
    /// <summary>Numbers still available (电子面单余额): allocation draws one, a cancellation gives it back.</summary>
    public long Quantity { get; set; }
    /// <summary>The last serial handed out within this subscription's segment.</summary>
    public long LastSerial { get; set; }
}

/// <summary>An e-waybill number handed out by cainiao.waybill.ii.get for one parcel (object_id).</summary>
public sealed class SandboxWaybill
{
    public long Id { get; set; }
    public long SubscriptionId { get; set; }
    public string SellerNick { get; set; } = "";
    public string CpCode { get; set; } = "";
    public string WaybillCode { get; set; } = "";
    public string ObjectId { get; set; } = "";
    /// <summary>The print_data answered on allocation, answered again verbatim to a retry.</summary>
    public string PrintData { get; set; } = "";
    public DateTime AllocatedAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public int PrintCount { get; set; }
}

public sealed class SandboxDb(DbContextOptions<SandboxDb> options) : DbContext(options)
{
    public DbSet<SandboxApp> Apps => Set<SandboxApp>();
    public DbSet<SandboxShop> Shops => Set<SandboxShop>();
    public DbSet<SandboxItem> Items => Set<SandboxItem>();
    public DbSet<SandboxTrade> Trades => Set<SandboxTrade>();
    public DbSet<SandboxRefund> Refunds => Set<SandboxRefund>();
    public DbSet<SandboxShipment> Shipments => Set<SandboxShipment>();
    public DbSet<SandboxWaybillSubscription> WaybillSubscriptions => Set<SandboxWaybillSubscription>();
    public DbSet<SandboxWaybill> Waybills => Set<SandboxWaybill>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<SandboxApp>().HasKey(a => a.AppKey);
        model.Entity<SandboxShop>().HasKey(s => s.SessionKey);
        model.Entity<SandboxItem>().HasIndex(i => new { i.SellerNick, i.NumIid, i.SkuId }).IsUnique();
        model.Entity<SandboxTrade>().HasKey(t => t.Tid);
        model.Entity<SandboxTrade>().Property(t => t.Tid).ValueGeneratedNever();
        model.Entity<SandboxTrade>().HasIndex(t => new { t.SellerNick, t.Modified });
        model.Entity<SandboxRefund>().HasKey(r => r.RefundId);
        model.Entity<SandboxRefund>().Property(r => r.RefundId).ValueGeneratedNever();
        model.Entity<SandboxRefund>().HasIndex(r => new { r.SellerNick, r.Modified });
        model.Entity<SandboxShipment>().HasIndex(s => s.Tid);
        model.Entity<SandboxWaybillSubscription>().HasIndex(s => new { s.SellerNick, s.CpCode }).IsUnique();
        model.Entity<SandboxWaybill>().HasIndex(w => new { w.CpCode, w.WaybillCode }).IsUnique();
        // One live number per parcel: the store itself refuses a second allocation for the same object_id.
        model.Entity<SandboxWaybill>().HasIndex(w => new { w.SellerNick, w.CpCode, w.ObjectId }).IsUnique().HasFilter("CancelledAt IS NULL");
    }
}
