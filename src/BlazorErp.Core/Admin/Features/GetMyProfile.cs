using BlazorErp.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BlazorErp.Core.Admin.Features;

public sealed record MyProfile(string UserName, string DisplayName, string Culture, bool DarkMode);

/// <summary>The signed-in user's own profile and UI preferences, read fresh at the start of each session view.</summary>
public sealed class GetMyProfile(IDbContextFactory<ErpDbContext> contexts, CurrentUser currentUser)
{
    public async Task<MyProfile?> HandleAsync()
    {
        if (currentUser.UserId is not { } id) return null;
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new MyProfile(u.UserName!, u.DisplayName, u.Culture, u.DarkMode))
            .SingleOrDefaultAsync();
    }
}
