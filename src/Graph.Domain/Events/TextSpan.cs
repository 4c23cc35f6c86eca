namespace Graph.Domain.Events;

/// <summary>Character offsets [Start, End) into an article's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
