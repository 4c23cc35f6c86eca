using System.Globalization;
using Graph.Domain.Dates;

namespace Graph.Reports.Common;

/// <summary>How reports write dates: as precisely as they are known, in English, never guessing the missing part.</summary>
public static class DateText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"27 Sep 2025", "Sep 2025", "2025" or "date unknown".</summary>
    public static string Label(EventDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start!.Value.ToString("d MMM yyyy", English),
        DatePrecision.Month => date.Start!.Value.ToString("MMM yyyy", English),
        DatePrecision.Year => date.Year.ToString("D4", English),
        _ => "date unknown",
    };

    /// <summary>"September 2025".</summary>
    public static string MonthTitle(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", English);

    /// <summary>"Sep".</summary>
    public static string MonthShort(int month) => new DateOnly(2000, month, 1).ToString("MMM", English);

    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", English);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", English);

    /// <summary>"27 Sep 2025 – 30 Dec 2025", "from 1 Jan 2025", or null when neither end is set.</summary>
    public static string? Range(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) => $"{Day(f)} – {Day(t)}",
        ({ } f, null) => $"from {Day(f)}",
        (null, { } t) => $"up to {Day(t)}",
        _ => null,
    };
}
