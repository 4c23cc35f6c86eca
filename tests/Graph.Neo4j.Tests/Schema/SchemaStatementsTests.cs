using Graph.Neo4j.Schema;
using Shouldly;
using Xunit;

namespace Graph.Neo4j.Tests.Schema;

public sealed class SchemaStatementsTests
{
    [Theory]
    [InlineData(3, 1, SchemaDialect.Neo4j3)]
    [InlineData(3, 5, SchemaDialect.Neo4j3)]
    [InlineData(4, 2, SchemaDialect.Neo4j4)]
    [InlineData(4, 4, SchemaDialect.Neo4j44AndLater)]
    [InlineData(5, 26, SchemaDialect.Neo4j44AndLater)]
    [InlineData(2025, 1, SchemaDialect.Neo4j44AndLater)]
    public void The_dialect_follows_the_server_version(int major, int minor, SchemaDialect expected) =>
        SchemaStatements.DialectFor(new Version(major, minor)).ShouldBe(expected);

    [Fact]
    public void Neo4j_44_and_5_get_named_idempotent_constraints_and_indexes()
    {
        SchemaStatements.For(SchemaDialect.Neo4j44AndLater).ShouldBe(
        [
            "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
            "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
            "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE",
            "CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)",
            "CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
        ]);
    }

    [Fact]
    public void Neo4j_3_gets_the_assert_syntax()
    {
        SchemaStatements.For(SchemaDialect.Neo4j3).ShouldBe(
        [
            "CREATE CONSTRAINT ON (a:Actor) ASSERT a.id IS UNIQUE",
            "CREATE CONSTRAINT ON (a:Article) ASSERT a.id IS UNIQUE",
            "CREATE CONSTRAINT ON (e:Event) ASSERT e.id IS UNIQUE",
            "CREATE INDEX ON :Event(date)",
            "CREATE INDEX ON :Actor(name)",
        ]);
    }

    [Fact]
    public void Neo4j_40_to_43_get_named_constraints_in_the_older_syntax()
    {
        var statements = SchemaStatements.For(SchemaDialect.Neo4j4);

        statements.Take(3).ShouldAllBe(s => s.Contains("IF NOT EXISTS ON (") && s.Contains("ASSERT"));
        statements.Skip(3).ShouldAllBe(s => s.StartsWith("CREATE INDEX") && s.Contains("IF NOT EXISTS"));
    }
}
