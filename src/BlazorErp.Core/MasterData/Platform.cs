namespace BlazorErp.Core.MasterData;

/// <summary>Where a shop sells. The UI names are Strings "Platform.*" (淘宝, 天猫, 京东 …).</summary>
public enum Platform { Taobao, Tmall, JD, Pinduoduo, Douyin, Amazon, Alibaba1688, OfflineStore }
