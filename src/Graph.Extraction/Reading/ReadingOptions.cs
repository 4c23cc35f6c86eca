using System.ComponentModel.DataAnnotations;

namespace Graph.Extraction.Reading;

public sealed class ReadingOptions
{
    public const string Section = "Graph:Reading";

    /// <summary>Files larger than this are refused with a clear error rather than read.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;
}
