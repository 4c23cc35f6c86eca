using System.Globalization;

namespace Graph.Domain.Dates;

/// <summary>
/// When an event happened, as precisely as the text says: a day, a month, a year, or unknown.
/// Serialised as <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or null.
/// </summary>
public readonly record struct EventDate : IComparable<EventDate>
{
    public static readonly EventDate Unknown;

    private EventDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public DatePrecision Precision { get; }

    public bool IsKnown => Precision != DatePrecision.Unknown;

    public static EventDate OfDay(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day);

    public static EventDate OfDay(int year, int month, int day) => OfDay(new DateOnly(year, month, day));

    public static EventDate OfMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(CheckYear(year), month, 0, DatePrecision.Month);
    }

    public static EventDate OfYear(int year) => new(CheckYear(year), 0, 0, DatePrecision.Year);

    /// <summary>The first day the date can stand for (null when unknown); used for ranges and ordering.</summary>
    public DateOnly? Start => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, 1),
        DatePrecision.Year => new DateOnly(Year, 1, 1),
        _ => null,
    };

    /// <summary>The last day the date can stand for (null when unknown).</summary>
    public DateOnly? End => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        _ => null,
    };

    /// <summary><c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, or null when unknown.</summary>
    public string? Iso => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => null,
    };

    public override string ToString() => Iso ?? "unknown";

    /// <summary>Parses <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>; null, empty or "unknown" give <see cref="Unknown"/>.</summary>
    public static EventDate Parse(string? text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY).");

    public static bool TryParse(string? text, out EventDate date)
    {
        date = Unknown;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var t = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (t.Length == 10 && DateOnly.TryParseExact(t, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d))
        {
            date = OfDay(d);
            return true;
        }
        if (t.Length == 7 && DateOnly.TryParseExact(t + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m))
        {
            date = OfMonth(m.Year, m.Month);
            return true;
        }
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, inv, out var y) && y >= 1)
        {
            date = OfYear(y);
            return true;
        }
        return false;
    }

    /// <summary>Orders by start day, unknown last; a coarser date sorts before a finer one on the same start.</summary>
    public int CompareTo(EventDate other)
    {
        if (!IsKnown || !other.IsKnown)
        {
            return IsKnown.CompareTo(other.IsKnown) * -1;
        }
        var byStart = Start!.Value.CompareTo(other.Start!.Value);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(EventDate left, EventDate right) => left.CompareTo(right) < 0;

    public static bool operator >(EventDate left, EventDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(EventDate left, EventDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(EventDate left, EventDate right) => left.CompareTo(right) >= 0;

    private static int CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return year;
    }

}
