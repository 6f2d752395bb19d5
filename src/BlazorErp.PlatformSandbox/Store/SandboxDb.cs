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

public sealed class SandboxDb(DbContextOptions<SandboxDb> options) : DbContext(options)
{
    public DbSet<SandboxApp> Apps => Set<SandboxApp>();
    public DbSet<SandboxShop> Shops => Set<SandboxShop>();
    public DbSet<SandboxItem> Items => Set<SandboxItem>();
    public DbSet<SandboxTrade> Trades => Set<SandboxTrade>();
    public DbSet<SandboxRefund> Refunds => Set<SandboxRefund>();
    public DbSet<SandboxShipment> Shipments => Set<SandboxShipment>();

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
    }
}
