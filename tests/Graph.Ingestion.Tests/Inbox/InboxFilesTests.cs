using Graph.Ingestion.Inbox;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Inbox;

public sealed class InboxFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("graph-inbox-files-").FullName;

    [Theory]
    [InlineData("article.txt.tmp")]
    [InlineData("article.part")]
    [InlineData(".~lock.article.txt#")]
    [InlineData(".hidden.txt")]
    [InlineData("article.html.crdownload")]
    public void Names_of_files_being_written_are_recognised(string name) => InboxFiles.IsTemporaryName(name).ShouldBeTrue();

    [Theory]
    [InlineData("article.txt")]
    [InlineData("2025-09-27 vertice.md")]
    public void Ordinary_names_are_not_temporary(string name) => InboxFiles.IsTemporaryName(name).ShouldBeFalse();

    [Fact]
    public void Moving_never_overwrites_a_file_already_there()
    {
        var folder = Path.Combine(_root, "processed");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), "older");
        File.WriteAllText(Path.Combine(folder, "a-1.txt"), "old");
        var source = Path.Combine(_root, "a.txt");
        File.WriteAllText(source, "new");

        var moved = InboxFiles.MoveWithoutOverwrite(source, folder);

        Path.GetFileName(moved).ShouldBe("a-2.txt");
        File.ReadAllText(Path.Combine(folder, "a.txt")).ShouldBe("older");
        File.ReadAllText(moved).ShouldBe("new");
    }

    [Fact]
    public void A_failed_file_gets_a_note_that_says_why_in_plain_words()
    {
        var source = Path.Combine(_root, "report.json");
        File.WriteAllText(source, "{");
        var failed = Path.Combine(_root, "failed");

        var moved = InboxFiles.MoveToFailed(source, failed, _root, ["line 1: unexpected end of JSON", "line 3: no text"], new DateTimeOffset(2026, 3, 2, 9, 5, 0, TimeSpan.Zero));

        var note = File.ReadAllText(moved + ".error.txt");
        note.ShouldContain("graph could not ingest \"report.json\"");
        note.ShouldContain("When: 2026-03-02 09:05:00 UTC");
        note.ShouldContain("  - line 1: unexpected end of JSON\n  - line 3: no text");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
