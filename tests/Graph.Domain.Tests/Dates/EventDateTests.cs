using Graph.Domain.Dates;
using Shouldly;
using Xunit;

namespace Graph.Domain.Tests.Dates;

public sealed class EventDateTests
{
    [Theory]
    [InlineData("2025-09-27", DatePrecision.Day, "2025-09-27", "2025-09-27")]
    [InlineData("2025-02", DatePrecision.Month, "2025-02-01", "2025-02-28")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025", DatePrecision.Year, "2025-01-01", "2025-12-31")]
    public void Parses_each_precision_with_its_first_and_last_day(string text, DatePrecision precision, string start, string end)
    {
        var date = EventDate.Parse(text);

        date.Precision.ShouldBe(precision);
        date.Iso.ShouldBe(text);
        date.ToString().ShouldBe(text);
        date.Start.ShouldBe(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        date.End.ShouldBe(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("unknown")]
    [InlineData("UNKNOWN")]
    public void Missing_values_are_unknown(string? text)
    {
        var date = EventDate.Parse(text);

        date.ShouldBe(EventDate.Unknown);
        date.IsKnown.ShouldBeFalse();
        date.Iso.ShouldBeNull();
        date.Start.ShouldBeNull();
        date.ToString().ShouldBe("unknown");
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("27/09/2025")]
    [InlineData("settembre 2025")]
    [InlineData("0000")]
    public void Non_dates_are_refused_with_the_expected_formats(string text)
    {
        EventDate.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => EventDate.Parse(text)).Message.ShouldContain("YYYY-MM-DD, YYYY-MM or YYYY");
    }

    [Fact]
    public void Dates_order_by_first_day_coarser_first_and_unknown_last()
    {
        EventDate[] dates =
        [
            EventDate.Unknown,
            EventDate.OfDay(2025, 9, 27),
            EventDate.OfYear(2025),
            EventDate.OfMonth(2025, 9),
            EventDate.OfDay(2025, 1, 1),
            EventDate.OfYear(2024),
        ];

        dates.Order().Select(d => d.ToString()).ShouldBe(["2024", "2025", "2025-01-01", "2025-09", "2025-09-27", "unknown"]);
        (EventDate.OfDay(2025, 1, 1) < EventDate.OfDay(2025, 1, 2)).ShouldBeTrue();
        (EventDate.OfYear(2025) <= EventDate.OfDay(2025, 1, 1)).ShouldBeTrue();
        (EventDate.Unknown > EventDate.OfYear(9999)).ShouldBeTrue();
    }

    [Fact]
    public void Invalid_parts_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => EventDate.OfMonth(2025, 13));
        Should.Throw<ArgumentOutOfRangeException>(() => EventDate.OfYear(0));
    }
}
