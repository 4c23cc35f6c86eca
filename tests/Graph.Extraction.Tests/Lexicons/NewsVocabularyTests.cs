using Shouldly;
using Xunit;
using static Graph.Extraction.Tests.Pipeline.Extractors;

namespace Graph.Extraction.Tests.Lexicons;

/// <summary>
/// The verb families and set phrases news writers use for each event type, in both languages, read
/// end to end through the real extractor: a phrase a journalist would write must yield its triple.
/// </summary>
public sealed class NewsVocabularyTests
{
    private static readonly DateTimeOffset Published = Day(2025, 3, 5);

    /// <summary>The sentence yields a triple starting "source TYPE target" (any date).</summary>
    private static void ShouldYield(string sentence, string expected) =>
        Extract(sentence, Published).Triples().ShouldContain(t => t.StartsWith(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("Macron ha accolto con grande favore la decisione di Kiev.", "Emmanuel Macron SUPPORT Ukraine")]
    [InlineData("La Francia ha rinnovato il proprio sostegno all'Ucraina.", "France SUPPORT Ukraine")]
    [InlineData("La Polonia resta al fianco dell'Ucraina, ha detto ieri il premier.", "Poland SUPPORT Ukraine")]
    [InlineData("Macron reiterated France's support for Ukraine on Tuesday.", "Emmanuel Macron SUPPORT Ukraine")]
    [InlineData("Poland rallied behind Ukraine at the summit.", "Poland SUPPORT Ukraine")]
    [InlineData("Germany threw its weight behind Poland on Monday.", "Germany SUPPORT Poland")]
    public void Support_phrases_are_support(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("La Russia ha svolto esercitazioni navali vicino alla Polonia.", "Russia MOBILIZE Poland")]
    [InlineData("La Bielorussia ha concentrato truppe al confine con la Polonia.", "Belarus MOBILIZE Poland")]
    [InlineData("Russia staged war games near Poland on Monday.", "Russia MOBILIZE Poland")]
    [InlineData("Russia dispatched warships towards Poland on Monday.", "Russia MOBILIZE Poland")]
    public void Drills_and_troop_movements_are_mobilization(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("Il Cremlino ha declinato l'invito della Francia.", "Russia REJECT France")]
    [InlineData("Mosca ha rispedito al mittente la proposta di Parigi.", "Russia REJECT France")]
    [InlineData("Russia spurned the proposal from France on Monday.", "Russia REJECT France")]
    [InlineData("Moscow snubbed Macron's offer of talks.", "Russia REJECT Emmanuel Macron")]
    public void Refusals_are_rejection(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("Mosca ha definito infondate le accuse della Polonia.", "Russia DENY Poland")]
    [InlineData("Moscow called Poland's accusations baseless.", "Russia DENY Poland")]
    public void Calling_an_accusation_baseless_is_a_denial(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("La Germania e la Francia hanno stipulato un accordo sulla difesa.", "Germany AGREE France")]
    [InlineData("Germany and Poland inked a defence pact on Monday.", "Germany AGREE Poland")]
    [InlineData("France and Germany clinched a deal on energy on Monday.", "France AGREE Germany")]
    public void Signing_a_deal_is_agreement(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("La Polonia ha ritirato il proprio ambasciatore dalla Bielorussia.", "Poland REDUCE_RELATIONS Belarus")]
    [InlineData("Poland ordered the Russian ambassador to leave the country.", "Poland REDUCE_RELATIONS Russia")]
    public void Withdrawing_envoys_reduces_relations(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("Germany demanded that Russia withdraw its troops.", "Germany APPEAL Russia")]
    [InlineData("La Francia ha fatto pressione sulla Russia per un cessate il fuoco.", "France APPEAL Russia")]
    public void Demands_and_pressure_are_appeals(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("La Russia ha effettuato raid contro l'Ucraina nella notte.", "Russia ATTACK Ukraine")]
    [InlineData("Russia shelled Ukraine's border towns overnight.", "Russia ATTACK Ukraine")]
    [InlineData("Russia carried out airstrikes on Ukraine overnight.", "Russia ATTACK Ukraine")]
    public void Raids_and_shelling_are_attacks(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("L'Unione Europea ha inasprito le sanzioni contro la Russia.", "European Union SANCTION Russia")]
    [InlineData("The EU tightened sanctions on Russia on Monday.", "European Union SANCTION Russia")]
    [InlineData("Germany hit Iran with new sanctions on Monday.", "Germany SANCTION Iran")]
    public void Tightening_sanctions_is_a_sanction(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("The EU scrapped tariffs on Ukraine on Monday.", "European Union EASE_SANCTIONS Ukraine")]
    [InlineData("L'Unione Europea ha rimosso le restrizioni sulla Bielorussia.", "European Union EASE_SANCTIONS Belarus")]
    public void Scrapping_sanctions_eases_them(string sentence, string expected) => ShouldYield(sentence, expected);

    [Fact]
    public void Approving_a_package_of_sanctions_is_not_aid()
    {
        var triples = Extract("The EU on Monday approved a new package of sanctions against Russia.", Published).Triples();

        triples.ShouldContain(t => t.StartsWith("European Union SANCTION Russia", StringComparison.Ordinal));
        triples.ShouldNotContain(t => t.Contains(" AID ", StringComparison.Ordinal));
    }

    [Fact]
    public void Accogliere_con_favore_is_support_not_a_meeting()
    {
        var triples = Extract("La Francia accoglie con favore l'iniziativa dell'Ucraina.", Published).Triples();

        triples.ShouldContain(t => t.StartsWith("France SUPPORT Ukraine", StringComparison.Ordinal));
        triples.ShouldNotContain(t => t.Contains(" MEET ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Russia and Ukraine returned to the negotiating table on Monday.", "Russia NEGOTIATE Ukraine")]
    [InlineData("Russia e Ucraina hanno ripreso i negoziati a Istanbul.", "Russia NEGOTIATE Ukraine")]
    public void Returning_to_talks_is_negotiation(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("Germany lodged a formal protest with Russia on Monday.", "Germany CRITICIZE Russia")]
    [InlineData("La Polonia ha espresso sdegno per l'attacco russo.", "Poland CRITICIZE Russia")]
    [InlineData("Macron ha bacchettato la Germania sul bilancio.", "Emmanuel Macron CRITICIZE Germany")]
    public void Protests_and_outrage_are_criticism(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("Lukashenko ha disposto la liberazione di prigionieri russi.", "Alexander Lukashenko RELEASE Russia")]
    [InlineData("Ukraine granted clemency to Russian prisoners on Monday.", "Ukraine RELEASE Russia")]
    public void Ordering_prisoners_freed_is_a_release(string sentence, string expected) => ShouldYield(sentence, expected);

    [Fact]
    public void Drills_that_rehearse_strikes_on_targets_are_mobilization_not_an_attack()
    {
        var triples = Extract("Russia staged drills near Poland on Monday, rehearsing precision strikes on key targets.", Published).Triples();

        triples.ShouldContain(t => t.StartsWith("Russia MOBILIZE Poland", StringComparison.Ordinal));
        triples.ShouldNotContain(t => t.Contains(" ATTACK ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Germany is considering sanctions on Iran.")]
    [InlineData("La Germania sta valutando nuove sanzioni contro l'Iran.")]
    public void An_option_under_consideration_is_not_an_event(string sentence) =>
        Extract(sentence, Published).Triples().ShouldBeEmpty();

    [Theory]
    [InlineData("Macron held a video call with Scholz on Monday.", "Emmanuel Macron PHONE_CALL Olaf Scholz")]
    [InlineData("Macron e Scholz hanno avuto ieri una videochiamata.", "Emmanuel Macron PHONE_CALL Olaf Scholz")]
    public void Video_calls_are_calls(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("Il Cremlino ha promesso di rispondere alla Polonia.", "Russia THREATEN Poland")]
    [InlineData("Iran vowed on Monday to strike back against Germany.", "Iran THREATEN Germany")]
    public void Vowing_to_hit_back_is_a_threat(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("Macron conferred with Scholz in Paris on Monday.", "Emmanuel Macron MEET Olaf Scholz")]
    [InlineData("La Polonia si è detta allarmata per le manovre della Russia.", "Poland CONCERN Russia")]
    public void Meetings_and_alarm_in_other_words(string sentence, string expected) => ShouldYield(sentence, expected);
    [Theory]
    [InlineData("Il Cremlino ha definito Macron un \"burattino\" di Washington.", "Russia CRITICIZE Emmanuel Macron")]
    [InlineData("The Kremlin called the French president Macron a \"puppet\" of Washington.", "Russia CRITICIZE Emmanuel Macron")]
    [InlineData("Putin hit back at Poland on Tuesday.", "Vladimir Putin CRITICIZE Poland")]
    public void Insulting_labels_and_hitting_back_are_criticism(string sentence, string expected) => ShouldYield(sentence, expected);

    [Theory]
    [InlineData("Il presidente Macron ha escluso per ora un incontro con Putin.", "Emmanuel Macron REJECT Vladimir Putin")]
    [InlineData("Macron ruled out a phone call with Putin on Tuesday.", "Emmanuel Macron REJECT Vladimir Putin")]
    public void Ruling_out_talks_is_a_rejection_not_the_talks(string sentence, string expected)
    {
        var triples = Extract(sentence, Published).Triples();
        triples.ShouldContain(t => t.StartsWith(expected, StringComparison.Ordinal), string.Join(" | ", triples));
        triples.ShouldNotContain(t => t.Contains(" MEET ", StringComparison.Ordinal) || t.Contains(" PHONE_CALL ", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("La Russia ha condotto esercitazioni navali al largo delle coste della Polonia.", "Russia MOBILIZE Poland")]
    [InlineData("Russia held naval drills off the coast of Poland on Monday.", "Russia MOBILIZE Poland")]
    [InlineData("La Francia ha condotto esercitazioni aeree in una dimostrazione di forza rivolta alla Russia.", "France MOBILIZE Russia")]
    [InlineData("France held air drills on Monday in a show of force aimed at Russia.", "France MOBILIZE Russia")]
    public void Drills_off_a_coast_or_aimed_at_a_state_target_that_state(string sentence, string expected) => ShouldYield(sentence, expected);
    [Theory]
    [InlineData("L'Iran ha promesso alla Francia un \"destino amaro e doloroso\".", "Iran THREATEN France")]
    [InlineData("Iran promised France a \"bitter and painful fate\" on Monday.", "Iran THREATEN France")]
    public void Promising_someone_a_bitter_fate_is_a_threat(string sentence, string expected) => ShouldYield(sentence, expected);
}
