namespace Graph.Extraction.Text;

/// <summary>Splits an article's text into paragraphs, sentences and tokens with offsets into that text.</summary>
public interface ISegmenter
{
    IReadOnlyList<Sentence> Segment(string text);
}
