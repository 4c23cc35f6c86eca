using Graph.Extraction.Evaluation;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Evaluation;

public sealed class ScorerTests
{
    private static GoldTriple Gold(string s, string type, string t, string? date = null, bool optional = false) => new("a.txt", [s], type, [t], date, optional);

    private static PredictedTriple Pred(string s, string type, string t, string? date = null) => new("dir/a.txt", [s, s.ToLowerInvariant().Replace(' ', '-')], type, [t], date);

    [Fact]
    public void Score_matches_names_by_whole_words_after_folding_accents()
    {
        var result = Scorer.Score([Gold("Erdogan", "MEET", "Zelensky")], [Pred("Recep Tayyip Erdoğan", "MEET", "Volodymyr Zelensky")]);

        result.Typed.F1.ShouldBe(1.0);
    }

    [Fact]
    public void Score_accepts_symmetric_types_either_way_round_only()
    {
        Scorer.Score([Gold("Putin", "MEET", "Lukashenko")], [Pred("Lukashenko", "MEET", "Putin")]).Typed.Hits.ShouldBe(1);
        Scorer.Score([Gold("Russia", "ATTACK", "Ukraine")], [Pred("Ukraine", "ATTACK", "Russia")]).Typed.Hits.ShouldBe(0);
    }

    [Fact]
    public void Score_never_counts_optional_triples()
    {
        var result = Scorer.Score(
            [Gold("Russia", "ATTACK", "Ukraine"), Gold("Ukraine", "ATTACK", "Russia", optional: true)],
            [Pred("Russia", "ATTACK", "Ukraine"), Pred("Ukraine", "ATTACK", "Russia")]);

        result.Typed.ShouldBe(new Prf(1, 1, 1));
    }

    [Fact]
    public void Score_reports_pair_matches_when_the_type_is_wrong()
    {
        var result = Scorer.Score([Gold("EU", "SANCTION", "Iran")], [Pred("EU", "CRITICIZE", "Iran")]);

        result.Typed.F1.ShouldBe(0);
        result.Pair.F1.ShouldBe(1);
        result.Lines.ShouldContain(l => l.Contains("MISS", StringComparison.Ordinal));
        result.Lines.ShouldContain(l => l.Contains("FALSE", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_measures_dates_on_matched_triples_by_prefix()
    {
        var result = Scorer.Score(
            [Gold("Putin", "MEET", "Lukashenko", "2025-09"), Gold("Putin", "PHONE_CALL", "Lukashenko", "2025-12-30")],
            [Pred("Putin", "MEET", "Lukashenko", "2025-09-27"), Pred("Putin", "PHONE_CALL", "Lukashenko", "2025-12-31")]);

        result.DatesRight.ShouldBe(1);
        result.DatesScored.ShouldBe(2);
    }

    [Fact]
    public void Score_counts_duplicate_predictions_once()
    {
        var p = Pred("Putin", "MEET", "Lukashenko", "2025-09-27");

        Scorer.Score([Gold("Putin", "MEET", "Lukashenko")], [p, p]).Typed.Predicted.ShouldBe(1);
    }

    [Fact]
    public void Parse_names_the_line_of_a_bad_gold_entry()
    {
        var ex = Should.Throw<FormatException>(() => GoldFile.Parse(["{\"file\":\"a.txt\",\"source\":[\"A\"],\"type\":\"MEET\",\"target\":[\"B\"]}", "{not json"], "gold.jsonl"));

        ex.Message.ShouldStartWith("gold.jsonl:2:");
    }

    [Fact]
    public void Format_ends_with_the_f1_line_the_ci_gate_reads()
    {
        var text = Scorer.Format(Scorer.Score([Gold("A", "MEET", "B")], [Pred("A", "MEET", "B")]), verbose: false);

        text.TrimEnd().Split('\n')[^1].ShouldBe("F1 1.000");
    }
}
