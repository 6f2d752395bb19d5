using BlazorErp.Core.Common;

namespace BlazorErp.Core.Admin;

/// <summary>
/// Actions inside a page that not everyone who may open the page may take. Which pages a role reaches is the web
/// host's AccessMatrix; these are read by both the use cases (which refuse) and the pages (which hide the buttons),
/// so the two cannot disagree.
/// </summary>
public static class Permissions
{
    /// <summary>
    /// 货品档案 writes — 新建, 编辑 (prices!), 组合装, 停用, 删除, 导入: the merchant's price and catalogue decisions.
    /// Review, warehouse and after-sales clerks open 货品档案 to look goods up, read-only.
    /// </summary>
    public static readonly IReadOnlyList<string> EditGoodsMaster = [Role.Admin, Role.Manager];

    public static bool May(this CurrentUser user, IReadOnlyList<string> permission) => permission.Any(user.IsInRole);
}
