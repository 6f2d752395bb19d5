using BlazorErp.Core.Common;

namespace BlazorErp.Core.Admin.Features;

/// <summary>
/// Disable (停用) or re-enable a user. Users are never deleted: their name stays on the orders they touched.
/// Disabling changes the security stamp, which ends the user's open sessions.
/// </summary>
public sealed class SetUserDisabled(UserManagerScope users, CurrentUser currentUser)
{
    public async Task<Result> HandleAsync(string userId, bool disabled)
    {
        if (disabled && userId == currentUser.UserId) return Errors.CannotDisableSelf;
        return await users.ChangeAsync(async manager =>
        {
            if (await manager.FindByIdAsync(userId) is not { } user) return Errors.NotFound(userId);
            if (user.IsDisabled == disabled) return Result.Ok();
            user.IsDisabled = disabled;
            if (UserManagerScope.FirstError(await manager.UpdateAsync(user)) is { } error) return error;
            await manager.UpdateSecurityStampAsync(user);
            return Result.Ok();
        });
    }
}
