using Microsoft.AspNetCore.DataProtection;
using BlazorErp.Core.Admin.Features;
using BlazorErp.Web.Components;
using BlazorErp.Web.Endpoints;
using BlazorErp.Web.Infrastructure;
using BlazorErp.PlatformSandbox;
using BlazorErp.Web.Security;
using MudBlazor.Services;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .Enrich.FromLogContext()
        .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"));

    builder.Services.AddErpDatabase(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddErpFeatures();
    builder.Services.AddErpPlatforms(builder.Configuration);
    var sandbox = PlatformHosting.SandboxEnabled(builder.Configuration, builder.Environment);
    if (sandbox) builder.Services.AddDemoSandbox(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddErpUserStore();
    builder.Services.AddErpAuthentication();
    builder.Services.AddAuthorizationBuilder()
        // Anything not explicitly opened by the AccessMatrix needs a signed-in user.
        .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    builder.Services.AddErpLocalization();
    builder.Services.AddRazorComponents().AddInteractiveServerComponents();
    builder.Services.AddMudServices();
    builder.Services.AddErpOpenApi();
    builder.Services.AddSignalR();
    builder.Services.AddSingleton<BlazorErp.Web.Realtime.ScaleReadings>();
    builder.Services.AddHostedService<BlazorErp.Web.Realtime.QueueHubBridge>();
    if (builder.Configuration.GetValue("Review:AutoPrepare", true)) builder.Services.AddHostedService<ReviewPreparationService>();
    if (builder.Configuration.GetValue("Printing:Worker", true))
    {
        builder.Services.AddHostedService<PrintBatchWorker>();
        builder.Services.AddHostedService<RefundWithdrawalWorker>();
    }
    builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    builder.Services.AddDataProtection()
        .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(
            builder.Configuration["DataProtection:KeysPath"] ?? Path.Combine("App_Data", "keys"), builder.Environment.ContentRootPath)))
        .SetApplicationName("BlazorErp");

    var app = builder.Build();
    await app.InitializeDatabaseAsync();
    if (sandbox && app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Merchant", true))
        await PlatformHosting.SeedDemoSandboxAsync(app.Services);
    else if (sandbox)
        await BlazorErp.PlatformSandbox.SandboxSetup.EnsureSandboxCreatedAsync(app.Services);

    if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogging.Level);
    app.UseErpLocalization();
    app.UseAuthentication();
    app.UseMiddleware<CurrentUserMiddleware>();
    app.UseAuthorization();
    app.UseAntiforgery();

    app.MapStaticAssets().AllowAnonymous();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode().WithAccessMatrix();
    app.MapAccountEndpoints();
    app.MapExportEndpoints();
    app.MapApiV1();
    // Staff tools sign in with the cookie, devices and dashboards with an API key.
    app.MapHub<BlazorErp.Web.Realtime.QueueHub>(BlazorErp.Web.Realtime.QueueHub.Path)
        .WithAccessMatrix(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme + "," + ApiKeyAuthenticationHandler.SchemeName);
    app.MapOpenApi().WithAccessMatrix();
    app.MapHealthChecks("/healthz").WithAccessMatrix();
    if (sandbox) app.MapPlatformSandbox().WithAccessMatrix();

    await app.RunAsync();
    return 0;
}
catch (ErpConfigurationException e)
{
    Log.Fatal("Configuration error: {Message}", e.Message);
    return 2;
}
catch (Exception e) when (e is not HostAbortedException)
{
    Log.Fatal(e, "BlazorErp stopped");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
