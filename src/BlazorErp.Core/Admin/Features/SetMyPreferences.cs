using BlazorErp.Core.Common;

namespace BlazorErp.Core.Admin.Features;

/// <summary>The signed-in user's own UI language and light/dark theme, kept with the user so they follow them.</summary>
public sealed class SetMyPreferences(UserManagerScope users, CurrentUser currentUser)
{
    public Task<Result> HandleAsync(string? culture = null, bool? darkMode = null) =>
        users.RunAsync<Result>(async manager =>
        {
            if (currentUser.UserId is not { } id || await manager.FindByIdAsync(id) is not { } user)
                return Errors.NotFound("user");
            if (culture is not null) user.Culture = UiCultures.Normalize(culture);
            if (darkMode is not null) user.DarkMode = darkMode.Value;
            return UserManagerScope.FirstError(await manager.UpdateAsync(user)) is { } error ? error : Result.Ok();
        });
}
