using System.Text;
using Graph.Extraction.Reading;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Reading;

public sealed class ArticleLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ArticleLoader Loader(long maxBytes = 5 * 1024 * 1024) => ArticleLoader.CreateDefault(new ReadingOptions { MaxFileBytes = maxBytes });

    private List<ArticleReadResult> Load(params string[] paths) =>
        Loader().Load(paths, TestContext.Current.CancellationToken).ToList();

    [Fact]
    public void A_directory_is_walked_recursively_in_ordinal_order_choosing_the_reader_by_extension()
    {
        _folder.Write("b.txt", "Secondo articolo.\n");
        _folder.Write("a.json", """{"text": "Primo articolo."}""");
        _folder.Write("sub/c.html", "<html><body><main><p>Terzo articolo.</p></main></body></html>");
        _folder.Write("sub/d.jsonl", "{\"text\": \"Quarto.\"}\n{\"text\": \"Quinto.\"}\n");
        _folder.Write("sub/e.md", "Sesto articolo.\n");
        _folder.Write("notes.pdf", "not an article");
        _folder.Write(".hidden/x.txt", "Nascosto.\n");

        var results = Load(_folder.Root);

        results.ShouldAllBe(r => r.Succeeded);
        results.Select(r => r.Article!.Text).ShouldBe(["Primo articolo.", "Secondo articolo.", "Terzo articolo.", "Quarto.", "Quinto.", "Sesto articolo."]);
        results[0].Path.ShouldBe(Path.Combine(_folder.Root, "a.json"));
        results[0].Article!.File.ShouldBe(Path.Combine(_folder.Root, "a.json"));
    }

    [Fact]
    public void Enumerate_files_lists_supported_files_under_directories_and_every_named_file()
    {
        var named = _folder.Write("scan.pdf", "x");
        _folder.Write("dir/one.txt", "Uno.\n");
        _folder.Write("dir/skip.docx", "x");

        var files = Loader().EnumerateFiles([Path.Combine(_folder.Root, "dir"), named, Path.Combine(_folder.Root, "missing")]).ToList();

        files.ShouldBe([Path.Combine(_folder.Root, "dir", "one.txt"), named]);
    }

    [Fact]
    public void Utf8_with_and_without_bom_read_the_same()
    {
        var plain = _folder.Write("plain.txt", "L’Unione europea ha approvato le sanzioni.\n");
        var bom = _folder.Write("bom.txt", "L’Unione europea ha approvato le sanzioni.\n", bom: true);

        var results = Load(plain, bom);

        results[0].Article!.Text.ShouldBe(results[1].Article!.Text);
        results[0].Article!.Id.ShouldBe(results[1].Article!.Id);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty file" },
        { "blank.txt", Encoding.UTF8.GetBytes("  \n\t\n  "), "the file holds only white space, no text" },
        { "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "binary file, not text (NUL byte at offset 8)" },
        { "latin1.txt", [.. Encoding.UTF8.GetBytes("Citt"), 0xE0, .. Encoding.UTF8.GetBytes(" di Roma")], "invalid UTF-8 at byte offset 4 (bytes 0xE0206469)" },
        { "broken.json", Encoding.UTF8.GetBytes("{\"text\": \"Testo\""), "invalid JSON at line 1, byte " },
        { "notext.json", Encoding.UTF8.GetBytes("{\"title\": \"Titolo\"}"), "the JSON object has no 'text' field (the article's body)" },
        { "nobody.html", Encoding.UTF8.GetBytes("<html><head><title>Niente</title></head><body><footer><p>©</p></footer></body></html>"), "no article text in the page" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_gives_one_clear_line_and_the_batch_goes_on(string name, byte[] content, string reason)
    {
        var before = _folder.Write("0-before.txt", "Articolo prima.\n");
        var bad = _folder.WriteBytes(name, content);
        var after = _folder.Write("z-after.txt", "Article after.\n");

        var results = Load(before, bad, after);

        results.Count.ShouldBe(3);
        results[0].Article!.Text.ShouldBe("Articolo prima.");
        results[1].Succeeded.ShouldBeFalse();
        results[1].Path.ShouldBe(bad);
        results[1].Error.ShouldStartWith($"{bad}: {reason}");
        results[1].Error!.ShouldNotContain("\n");
        results[2].Article!.Text.ShouldBe("Article after.");
    }

    [Fact]
    public void Invalid_utf8_says_at_which_byte_offset_counting_the_bom()
    {
        var bad = _folder.WriteBytes("bad.txt", [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', 0xC3, 0x28]);

        Load(bad).ShouldHaveSingleItem().Error.ShouldBe($"{bad}: invalid UTF-8 at byte offset 5 (bytes 0xC328); save the file as UTF-8");
    }

    [Fact]
    public void A_file_over_the_size_limit_names_its_size_the_limit_and_the_setting()
    {
        var big = _folder.Write("big.txt", new string('a', 3000) + "\n");

        var result = Loader(maxBytes: 2048).Load([big], TestContext.Current.CancellationToken).ShouldHaveSingleItem();

        result.Error.ShouldBe($"{big}: file is 2.9 KB (3001 bytes), over the limit of 2 KB (2048 bytes); raise Graph:Reading:MaxFileBytes to read it");
    }

    [Fact]
    public void The_default_size_limit_is_five_megabytes()
    {
        new ReadingOptions().MaxFileBytes.ShouldBe(5 * 1024 * 1024);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_an_error_and_the_rest_go_on()
    {
        var missing = Path.Combine(_folder.Root, "nowhere.txt");
        var good = _folder.Write("good.txt", "Buono.\n");

        var results = Load(missing, good);

        results[0].Error.ShouldBe($"{missing}: no such file or directory");
        results[1].Article!.Text.ShouldBe("Buono.");
    }

    [Fact]
    public void An_unreadable_file_is_an_error_and_the_rest_go_on()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Skip("permissions do not stop root or apply on Windows");
            return;
        }
        var locked = _folder.Write("locked.txt", "Segreto.\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var good = _folder.Write("good.txt", "Buono.\n");

        var results = Load(locked, good);

        results[0].Error.ShouldBe($"{locked}: permission denied (cannot read the file)");
        results[1].Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_permission_error_while_reading_is_reported_and_the_rest_go_on()
    {
        var locked = _folder.Write("locked.txt", "Segreto.\n");
        var good = _folder.Write("good.txt", "Buono.\n");
        var loader = new ArticleLoader(ArticleLoader.DefaultReaders(), Microsoft.Extensions.Options.Options.Create(new ReadingOptions()))
        {
            ReadAllBytes = p => p == locked ? throw new UnauthorizedAccessException("Access denied") : File.ReadAllBytes(p),
        };

        var results = loader.Load([locked, good], TestContext.Current.CancellationToken).ToList();

        results[0].Error.ShouldBe($"{locked}: permission denied (cannot read the file)");
        results[1].Article!.Text.ShouldBe("Buono.");
    }

    [Fact]
    public void A_reader_that_fails_unexpectedly_costs_only_its_file()
    {
        var odd = _folder.Write("odd.txt", "Strano.\n");
        var good = _folder.Write("good.json", "{\"text\": \"Buono.\"}");
        var loader = new ArticleLoader([new ThrowingReader(), .. ArticleLoader.DefaultReaders().Where(r => !r.Extensions.Contains(".txt"))],
            Microsoft.Extensions.Options.Options.Create(new ReadingOptions()));

        var results = loader.Load([odd, good], TestContext.Current.CancellationToken).ToList();

        results[0].Error.ShouldBe($"{odd}: cannot be read: reader bug");
        results[1].Article!.Text.ShouldBe("Buono.");
    }

    private sealed class ThrowingReader : IArticleReader
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

        public IEnumerable<Graph.Domain.Articles.Article> Read(string path, ReadOnlyMemory<byte> content) => throw new InvalidOperationException("reader bug");
    }

    [Fact]
    public void An_explicitly_named_unsupported_file_is_an_error_but_unsupported_files_in_a_directory_are_skipped()
    {
        var pdf = _folder.Write("docs/report.pdf", "%PDF");
        _folder.Write("docs/ok.txt", "Valido.\n");

        Load(Path.Combine(_folder.Root, "docs")).ShouldHaveSingleItem().Succeeded.ShouldBeTrue();
        Load(pdf).ShouldHaveSingleItem().Error.ShouldBe($"{pdf}: unsupported file type: '.pdf' files cannot be read (supported: .htm, .html, .json, .jsonl, .md, .txt)");
    }

    [Fact]
    public void A_jsonl_file_with_a_bad_line_yields_the_good_lines_and_names_the_bad_one()
    {
        var file = _folder.Write("feed.jsonl", "{\"text\": \"Uno.\"}\nnon è json\n{\"text\": \"Tre.\"}\n");

        var results = Load(file);

        results.Count.ShouldBe(3);
        results[1].Error.ShouldStartWith($"{file}:2: invalid JSON");
        results.Count(r => r.Succeeded).ShouldBe(2);
    }

    [Fact]
    public void Supported_extensions_are_matched_case_insensitively()
    {
        Loader().IsSupported("ARTICOLO.TXT").ShouldBeTrue();
        Loader().IsSupported("page.HTM").ShouldBeTrue();
        Loader().IsSupported("foto.jpg").ShouldBeFalse();
    }
}
