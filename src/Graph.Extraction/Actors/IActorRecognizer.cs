using Graph.Extraction.Text;

namespace Graph.Extraction.Actors;

/// <summary>Finds the actors in an article's sentences, keeping what earlier sentences established (who was named, with which role).</summary>
public interface IActorRecognizer
{
    /// <summary>Starts an article; the returned session is used for its sentences in order, then dropped.</summary>
    IArticleActors BeginArticle(ParsedDocument document);
}

/// <summary>Per-article actor recognition state (not thread-safe; one per article).</summary>
public interface IArticleActors
{
    /// <summary>
    /// The actor mentions in the sentence, in text order, not overlapping (the longest match wins).
    /// Call once per sentence, in order: later sentences resolve surnames and titles against earlier ones.
    /// </summary>
    IReadOnlyList<ActorMention> Recognize(Sentence sentence);
}
