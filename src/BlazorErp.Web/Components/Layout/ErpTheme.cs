using MudBlazor;

namespace BlazorErp.Web.Components.Layout;

public static class ErpTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1565c0", Secondary = "#ef6c00", AppbarBackground = "#1565c0" },
        PaletteDark = new PaletteDark { Primary = "#64b5f6", Secondary = "#ffb74d" },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["\"Noto Sans SC\"", "\"PingFang SC\"", "\"Microsoft YaHei\"", "system-ui", "sans-serif"],
            },
        },
    };
}
