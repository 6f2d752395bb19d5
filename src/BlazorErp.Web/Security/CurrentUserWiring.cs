using BlazorErp.Core.Common;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace BlazorErp.Web.Security;

/// <summary>Sets the scope's <see cref="CurrentUser"/> for HTTP requests (pages rendered on the server, APIs).</summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        currentUser.Principal = context.User;
        return next(context);
    }
}

/// <summary>
/// Blazor circuits have no HttpContext: keep the circuit's <see cref="CurrentUser"/> in step with its
/// authentication state (the pattern of the ASP.NET Core docs' "circuit handler to capture users").
/// </summary>
public sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, CurrentUser currentUser)
    : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        return Task.CompletedTask;
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) =>
        currentUser.Principal = (await authentication.GetAuthenticationStateAsync()).User;

    private void OnAuthenticationChanged(Task<AuthenticationState> task) =>
        _ = task.ContinueWith(t => { if (t.IsCompletedSuccessfully) currentUser.Principal = t.Result.User; },
            TaskScheduler.Default);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;
}
