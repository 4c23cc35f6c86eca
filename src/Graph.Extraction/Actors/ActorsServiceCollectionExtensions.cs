using Microsoft.Extensions.DependencyInjection;

namespace Graph.Extraction.Actors;

public static class ActorsServiceCollectionExtensions
{
    /// <summary>The actor catalogue (built-in plus the user's files) and the recognizer that uses it.</summary>
    public static IServiceCollection AddActorRecognition(this IServiceCollection services)
    {
        // Filled in by the actor recognition work.
        return services;
    }
}
