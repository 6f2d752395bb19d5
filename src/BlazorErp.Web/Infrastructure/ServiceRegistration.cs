using System.Security.Claims;
using BlazorErp.Core.Admin;
using BlazorErp.Core.Common;
using BlazorErp.Core.Inventory;
using BlazorErp.Core.MasterData;
using BlazorErp.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BlazorErp.Web.Infrastructure;

public static class ServiceRegistration
{
    /// <summary>
    /// Every use case and validator of Core (the classes of a <c>*.Features</c> namespace; its records are
    /// inputs and results), every <see cref="ISkuUsage"/> and queue membership, by convention: a new feature file needs no line here.
    /// </summary>
    public static IServiceCollection AddErpFeatures(this IServiceCollection services)
    {
        var core = typeof(ErpDbContext).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }).ToList();
        foreach (var type in core.Where(t => t.Namespace?.EndsWith(".Features") == true && t.GetMethod("<Clone>$") is null))
            services.AddScoped(type);
        foreach (var usage in core.Where(t => typeof(ISkuUsage).IsAssignableFrom(t)))
            services.AddScoped(typeof(ISkuUsage), usage);
        foreach (var membership in core.Where(t => typeof(Core.Realtime.IQueueMembership).IsAssignableFrom(t)))
            services.AddSingleton(typeof(Core.Realtime.IQueueMembership), membership);
        services.AddSingleton<Core.Realtime.IQueueNotifier, Core.Realtime.InProcessQueueNotifier>();
        services.AddSingleton<Core.Realtime.QueuePublishingInterceptor>();
        services.AddSingleton<Core.Finance.FinancePostingInterceptor>();
        services.AddScoped<UserManagerScope>();
        services.AddScoped<Stock>();
        services.AddScoped<Core.Demo.SeedDemoMerchant>();
        services.AddScoped<Core.Demo.SeedDemoHistory>();
        services.AddScoped<Core.Platforms.ITradeSource, Core.Platforms.TopTradeSource>();
        services.AddScoped<Core.Platforms.IRefundSource, Core.Platforms.TopRefundSource>();
        services.AddScoped<Core.Platforms.Waybills.IWaybillService, Core.Platforms.Waybills.TopWaybillService>();
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddScoped<CurrentUser>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The TOP client (to <see cref="RouterAddress"/>) and the scheduled download of every shop.</summary>
    public static IServiceCollection AddErpPlatforms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new Core.Platforms.Top.TopClientOptions());
        services.AddSingleton(configuration["Platforms:DownloadLagSeconds"] is { } lag
            ? new Core.Platforms.DownloadSettings(TimeSpan.FromSeconds(int.Parse(lag, System.Globalization.CultureInfo.InvariantCulture)))
            : Core.Platforms.DownloadSettings.Default);
        services.AddSingleton<RouterAddress>();
        services.AddHttpClient<Core.Platforms.Top.TopClient>((sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<RouterAddress>().Uri;
            http.Timeout = TimeSpan.FromSeconds(30);
        });
        if (configuration.GetValue("Platforms:AutoDownload", true))
        {
            services.AddHostedService<ShopDownloadService>();
            services.AddHostedService<ShipSyncService>();
            services.AddHostedService<RefundSyncService>();
        }
        return services;
    }

    /// <summary>Users, roles and the password/lockout policy: what Core's user features need, with or without a web host.</summary>
    public static IServiceCollection AddErpUserStore(this IServiceCollection services)
    {
        services.AddDataProtection(); // password-reset tokens; the host decides where keys live
        services.AddIdentityCore<ErpUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                // Staff sign in as 张三 as often as zhangsan: CreateUser's validator allows letters of any script, digits and . _ -
                options.User.AllowedUserNameCharacters = "";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ErpDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<ErpClaimsPrincipalFactory>();
        return services;
    }

    /// <summary>Sign-in cookies for staff, API keys for integrations, and the circuit's view of the user.</summary>
    public static IServiceCollection AddErpAuthentication(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();
        services.AddScoped<Realtime.CircuitClaims>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<Realtime.CircuitClaims>());

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName, null);

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context =>
            {
                // Someone who came with our cookie but is no longer signed in has an expired session:
                // the login page says so instead of greeting them as a stranger.
                var expired = context.Request.Cookies.ContainsKey(IdentityCookieName);
                context.Response.Redirect(expired ? context.RedirectUri + "&reason=expired" : context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        // Every page request re-checks the security stamp (one indexed read), so disabling a user or changing
        // their roles takes effect on their next page; open circuits re-check every minute (RevalidatingAuthenticationStateProvider).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        return services;
    }

    public const string IdentityCookieName = ".AspNetCore.Identity.Application";
}

/// <summary>Puts the display name and UI preferences into the sign-in cookie, so the shell needs no query to greet.</summary>
public sealed class ErpClaimsPrincipalFactory(UserManager<ErpUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ErpUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = CurrentUser.DisplayNameClaim;

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ErpUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        return identity;
    }
}
