namespace BlazorErp.PlatformSandbox;

/// <summary>The platform stand-in on its own: <c>dotnet run --project src/BlazorErp.PlatformSandbox</c> (http://localhost:5100).</summary>
public static class SandboxProgram
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddPlatformSandbox(builder.Configuration["Sandbox:Database"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data", "sandbox.db"));
        var app = builder.Build();
        Directory.CreateDirectory(Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
        await app.Services.EnsureSandboxCreatedAsync();
        app.MapPlatformSandbox();
        await app.RunAsync();
    }
}
