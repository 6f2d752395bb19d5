using BlazorErp.Core.Admin;
using BlazorErp.Core.Common;

namespace BlazorErp.Core.MasterData;

/// <summary>The check every goods-master write makes first (<see cref="Permissions.EditGoodsMaster"/>).</summary>
public static class GoodsMasterAccess
{
    public static readonly Error EditForbidden = new("Goods.EditForbidden");

    public static Error? Check(CurrentUser user) => user.May(Permissions.EditGoodsMaster) ? null : EditForbidden;
}
