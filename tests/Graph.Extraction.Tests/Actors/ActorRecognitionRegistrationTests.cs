using Graph.Extraction.Actors;
using Graph.Extraction.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Actors;

public sealed class ActorRecognitionRegistrationTests
{
    [Fact]
    public void Validation_fails_at_start_naming_the_broken_user_catalogue_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"broken-catalogue-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "people:\n  - name: Someone Important\n    roles:\n      - role: envoy\n        from: next week\n");
        try
        {
            var options = new ExtractionOptions();
            options.CatalogFiles.Add(file);
            var validator = new CatalogFilesValidator(new CatalogProvider(NullLogger<CatalogProvider>.Instance));
            var result = validator.Validate(null, options);
            result.Failed.ShouldBeTrue();
            result.FailureMessage.ShouldContain(file);
            result.FailureMessage.ShouldContain("line 5");
            result.FailureMessage.ShouldContain("'from: next week' is not a date");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_user_catalogue_file_adds_actors_the_recognizer_finds()
    {
        var file = Path.Combine(Path.GetTempPath(), $"user-catalogue-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "groups:\n  - name: Brigata Immaginaria\n    aliases: { it: [Brigata Fantasma] }\n");
        try
        {
            var provider = new CatalogProvider(NullLogger<CatalogProvider>.Instance);
            var catalog = provider.Get([file]);
            provider.Get([file]).ShouldBeSameAs(catalog);
            var doc = TestText.Parse("La Brigata Fantasma ha rivendicato l'attacco.");
            var mention = new ActorRecognizer(catalog).BeginArticle(doc).Recognize(doc.Sentences[0]).ShouldHaveSingleItem();
            mention.Actor.Id.ShouldBe("brigata-immaginaria");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Recognize_copes_with_a_very_long_sentence()
    {
        var text = string.Concat(Enumerable.Repeat("Putin, il presidente russo e Mosca, ", 20_000)) + "fine.";
        var doc = TestText.Parse(text, published: new DateOnly(2024, 1, 1));
        var mentions = TestCatalog.Recognizer.BeginArticle(doc).Recognize(doc.Sentences.ShouldHaveSingleItem());
        mentions.Count.ShouldBeGreaterThanOrEqualTo(40_000);
    }
}
