using Graph.Extraction.Catalog;
using Graph.Extraction.Text;

namespace Graph.Extraction.Actors;

/// <summary>
/// Recognises actors with a gazetteer built once from the catalogue and the title lexicon; each article gets its own
/// <see cref="ArticleActors"/> that remembers who was named, so surnames and titles can refer back.
/// </summary>
public sealed class ActorRecognizer : IActorRecognizer
{
    private static readonly Lazy<ActorLexicon> BuiltInLexicon = new(ActorLexicon.LoadBuiltIn);

    private readonly ActorGazetteer _gazetteer;

    public ActorRecognizer(ActorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _gazetteer = new ActorGazetteer(catalog, BuiltInLexicon.Value);
    }

    public ActorCatalog Catalog => _gazetteer.Catalog;

    public IArticleActors BeginArticle(ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ArticleActors(_gazetteer, document.Published);
    }
}
