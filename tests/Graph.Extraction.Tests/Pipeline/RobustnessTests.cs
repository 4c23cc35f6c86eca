using System.Text;
using Shouldly;
using Xunit;
using static Graph.Extraction.Tests.Pipeline.Extractors;

namespace Graph.Extraction.Tests.Pipeline;

public sealed class RobustnessTests
{
    [Fact]
    public void Extract_warns_on_empty_text()
    {
        var result = Extract("   \n ");

        result.Events.ShouldBeEmpty();
        result.Warnings.ShouldNotBeEmpty();
    }

    [Fact]
    public void Extract_survives_a_five_megabyte_single_sentence()
    {
        var sb = new StringBuilder(5_000_000);
        while (sb.Length < 5_000_000) sb.Append("Macron ha incontrato Scholz e la Russia ha attaccato l'Ucraina mentre il vertice continuava ");

        var result = Extract(sb.ToString());

        result.Events.IsDefault.ShouldBeFalse();
    }

    [Fact]
    public void Extract_finds_nothing_in_text_without_actors()
    {
        Extract("Il tempo a Roma sarà sereno per tutta la settimana, con temperature in aumento e venti deboli.").Events.ShouldBeEmpty();
    }

    [Fact]
    public void Extract_survives_random_unicode()
    {
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var chars = new char[2000];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(1, 0xD7FF);
            Should.NotThrow(() => Extract(new string(chars)));
        }
    }

    [Fact]
    public void Extract_handles_mixed_languages_by_the_dominant_one()
    {
        var text = "La Francia ha condannato l'attacco della Russia contro l'Ucraina e ha chiesto una tregua immediata. "
            + "Der Minister sagte nichts. The statement was short.";

        Extract(text).Events.ShouldContain(e => e.Type == Domain.Events.EventType.CRITICIZE);
    }
}
