using Graph.Reports.Summary;
using Graph.Reports.Timeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The report builders; they read the clock through <see cref="TimeProvider"/> so tests can fix it.</summary>
    public static IServiceCollection AddGraphReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TimelineBuilder>();
        services.AddSingleton<SummaryBuilder>();
        return services;
    }
}
