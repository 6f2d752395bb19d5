using BlazorErp.Core.Admin.Features;
using BlazorErp.Core.Common;
using BlazorErp.Core.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog.Events;

namespace BlazorErp.Web.Infrastructure;

public static class Startup
{
    /// <summary>Migrations, roles, and demo accounts (Development, empty database) or a configured first admin.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await DatabaseSetup.MigrateAsync(app.Services, app.Configuration, app.Environment.ContentRootPath);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = CurrentUser.System;
        var seed = scope.ServiceProvider.GetRequiredService<SeedIdentity>();
        await seed.EnsureRolesAsync();
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", true))
        {
            await seed.SeedDemoAccountsAsync();
            if (app.Configuration.GetValue("Demo:Merchant", true)
                && await scope.ServiceProvider.GetRequiredService<Core.Demo.SeedDemoMerchant>().HandleAsync())
                await scope.ServiceProvider.GetRequiredService<Core.Demo.SeedDemoHistory>().HandleAsync();
        }
        else if (app.Configuration["Admin:InitialPassword"] is { Length: > 0 } password)
            await seed.SeedFirstAdminAsync(password);
    }

    public static IServiceCollection AddErpLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Core.Admin.UiCultures.Default)
                .AddSupportedCultures([.. Core.Admin.UiCultures.Supported])
                .AddSupportedUICultures([.. Core.Admin.UiCultures.Supported]);
            // The user's choice lives in the culture cookie (set at sign-in from their profile, and when they switch);
            // API callers use Accept-Language. Chinese stays the default for everyone else.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new ApiAcceptLanguageProvider(),
            ];
        });
        FluentValidation.ValidatorOptions.Global.LanguageManager.Enabled = true;
        return services;
    }

    /// <summary>Accept-Language for /api callers only: a browser set to English still opens the Chinese sign-in page.</summary>
    private sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            httpContext.Request.Path.StartsWithSegments("/api") ? base.DetermineProviderCultureResult(httpContext) : NullProviderCultureResult;
    }

    public static IApplicationBuilder UseErpLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    public static IServiceCollection AddErpOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "BlazorErp Open API";
            document.Info.Description = "Integration API. Authenticate every call with the X-Api-Key header (keys: 系统 → API 密钥).";
            return Task.CompletedTask;
        }));
}

/// <summary>/healthz: healthy only when the database answers.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<ErpDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // A real read of one of our tables: SQLite "connects" to any file, even one that is not a database.
            await db.ApiKeys.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("database error", e);
        }
    }
}

public static class RequestLogging
{
    /// <summary>Health probes and static files at Debug, errors at Error, the rest at Information.</summary>
    public static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/_content")
          || context.Request.Path.StartsWithSegments("/_framework") ? LogEventLevel.Debug
        : LogEventLevel.Information;
}
