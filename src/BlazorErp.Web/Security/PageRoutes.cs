using System.Reflection;
using Microsoft.AspNetCore.Components;
using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace BlazorErp.Web.Security;

public static class PageRoutes
{
    /// <summary>
    /// The route template that matched, for the AccessMatrix. <see cref="RouteData.Template"/> is set when the
    /// page is rendered on the server but not on in-app navigation, so it is recovered from the page's
    /// <c>@page</c> directives: the only one, or the one whose segments fit the path.
    /// </summary>
    public static string? TemplateOf(RouteData routeData, string path)
    {
        if (!string.IsNullOrEmpty(routeData.Template)) return routeData.Template;
        var templates = routeData.PageType.GetCustomAttributes<RouteAttribute>().Select(r => r.Template).ToList();
        return templates.Count == 1 ? templates[0] : templates.FirstOrDefault(t => Fits(t, path));
    }

    private static bool Fits(string template, string path)
    {
        var templateSegments = template.Trim('/').Split('/');
        var pathSegments = path.Split('?', '#')[0].Trim('/').Split('/');
        return templateSegments.Length == pathSegments.Length
               && templateSegments.Zip(pathSegments).All(p => p.First.StartsWith('{') || string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
    }
}
