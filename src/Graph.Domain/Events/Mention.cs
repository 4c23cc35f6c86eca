namespace Graph.Domain.Events;

/// <summary>One place an article reports an event: the sentence and where it stands in the text.</summary>
public sealed record Mention(string ArticleId, string Sentence, TextSpan Span);
