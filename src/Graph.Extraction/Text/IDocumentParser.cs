using Graph.Domain.Articles;

namespace Graph.Extraction.Text;

/// <summary>Segments an article and settles its language and publication day.</summary>
public interface IDocumentParser
{
    ParsedDocument Parse(Article article);
}
