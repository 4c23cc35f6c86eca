namespace Graph.Domain.Dates;

public enum DatePrecision
{
    Unknown,
    Year,
    Month,
    Day,
}
