using Graph.Neo4j.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGraphNeo4j();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_store_is_built_from_the_Graph_Neo4j_section()
    {
        await using var provider = Build(new()
        {
            ["Graph:Neo4j:Url"] = "http://graph-db:7474",
            ["Graph:Neo4j:Password"] = "s3cret",
            ["Graph:Neo4j:Database"] = "news",
        });

        var store = provider.GetRequiredService<Neo4jGraphStore>();

        store.Description.ShouldBe("neo4j http://graph-db:7474/ (database news)");
    }

    [Fact]
    public async Task A_missing_password_is_refused_with_a_message_saying_how_to_set_it()
    {
        await using var provider = Build(new() { ["Graph:Neo4j:Url"] = "http://graph-db:7474" });

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        error.Message.ShouldContain("GRAPH__NEO4J__PASSWORD");
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("localhost:7474")]
    public async Task A_url_that_is_not_http_is_refused(string url)
    {
        await using var provider = Build(new() { ["Graph:Neo4j:Url"] = url, ["Graph:Neo4j:Password"] = "pw" });

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        error.Message.ShouldContain("http://localhost:7474");
    }
}
