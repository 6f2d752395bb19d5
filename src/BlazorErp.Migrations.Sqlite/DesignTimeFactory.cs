using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BlazorErp.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ErpDbContext>
{
    public ErpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ErpDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
