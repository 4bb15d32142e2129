namespace PerfIndicators.Monitoring;

/// <summary>The traffic light of mid-year monitoring (绩效运行监控): green on track, yellow lagging, red far behind or late.</summary>
public enum MonitorStatus
{
    /// <summary>绿灯: on track.</summary>
    Green = 0,

    /// <summary>黄灯: behind the time elapsed by the policy's yellow gap, or a deadline near with the target open.</summary>
    Yellow,

    /// <summary>红灯: behind by the red gap, or a deadline passed with the target open.</summary>
    Red,
}

/// <summary>Labels of <see cref="MonitorStatus"/>.</summary>
public static class MonitorStatusLabels
{
    /// <summary>绿灯, 黄灯 or 红灯.</summary>
    public static string ToLabel(this MonitorStatus status) => status switch
    {
        MonitorStatus.Red => "红灯",
        MonitorStatus.Yellow => "黄灯",
        _ => "绿灯",
    };
}
