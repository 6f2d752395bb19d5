using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BlazorErp.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model (and script migrations) with no server running.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ErpDbContext>
{
    public ErpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ErpDbContext>()
            .UseSqlServer("Server=localhost;Database=BlazorErp;Trusted_Connection=True;TrustServerCertificate=True",
                o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
