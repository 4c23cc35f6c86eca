using Graph.Domain.Dates;
using Graph.Reports.Common;
using Shouldly;
using Xunit;

namespace Graph.Reports.Tests.Common;

public sealed class DateTextTests
{
    [Fact]
    public void Dates_are_written_only_as_precisely_as_they_are_known()
    {
        DateText.Label(EventDate.OfDay(2025, 9, 27)).ShouldBe("27 Sep 2025");
        DateText.Label(EventDate.OfDay(2025, 1, 3)).ShouldBe("3 Jan 2025");
        DateText.Label(EventDate.OfMonth(2025, 9)).ShouldBe("Sep 2025");
        DateText.Label(EventDate.OfYear(2025)).ShouldBe("2025");
        DateText.Label(EventDate.Unknown).ShouldBe("date unknown");
    }

    [Fact]
    public void Labels_are_english_whatever_the_machine_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("it-IT");
            DateText.Label(EventDate.OfDay(2025, 12, 30)).ShouldBe("30 Dec 2025");
            DateText.MonthTitle(2025, 12).ShouldBe("December 2025");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Ranges_name_the_ends_that_are_set()
    {
        DateText.Range(new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)).ShouldBe("1 Jan 2025 – 30 Jun 2025");
        DateText.Range(new DateOnly(2025, 1, 1), null).ShouldBe("from 1 Jan 2025");
        DateText.Range(null, null).ShouldBeNull();
    }
}
