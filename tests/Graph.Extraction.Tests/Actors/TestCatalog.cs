using Graph.Extraction.Actors;
using Graph.Extraction.Catalog;

namespace Graph.Extraction.Tests.Actors;

/// <summary>A small hand-written catalogue so recognizer tests do not move when the built-in data grows.</summary>
internal static class TestCatalog
{
    public const string Yaml = """
        states:
          - name: Russia
            iso3: RUS
            aliases: { en: [Russian Federation], it: [Russia, Federazione Russa] }
            capital: { en: Moscow, it: Mosca }
            metonyms: { en: [Kremlin], it: [Cremlino] }
            demonyms: { en: [Russian, Russians], it: [russo, russa, russi, russe] }
          - name: Belarus
            iso3: BLR
            aliases: { it: [Bielorussia] }
            capital: Minsk
            demonyms: { en: [Belarusian], it: [bielorusso, bielorussa, bielorussi, bielorusse] }
          - name: Ukraine
            iso3: UKR
            aliases: { it: [Ucraina] }
            capital: { en: Kyiv, it: Kiev }
            capital_aliases: [Kiev]
            demonyms: { en: [Ukrainian], it: [ucraino, ucraina, ucraini, ucraine] }
          - name: United States
            iso3: USA
            aliases: { en: [US, USA, U.S., United States of America], it: [Stati Uniti, Usa] }
            capital: Washington
            metonyms: { en: [White House], it: [Casa Bianca] }
            demonyms: { en: [American], it: [americano, americana, americani, statunitense] }
          - name: Turkey
            iso3: TUR
            aliases: { en: [Türkiye], it: [Turchia] }
            capital: Ankara
            demonyms: { en: [Turkish], it: [turco, turca, turchi] }
          - name: Poland
            iso3: POL
            aliases: { it: [Polonia] }
            capital: { en: Warsaw, it: Varsavia }
            demonyms: { en: [Polish], it: [polacco, polacca] }
          - name: Italy
            iso3: ITA
            aliases: { it: [Italia] }
            capital: { en: Rome, it: Roma }
            metonyms: { it: [Palazzo Chigi, Farnesina] }
            demonyms: { en: [Italian], it: [italiano, italiana] }
          - name: Belgium
            iso3: BEL
            aliases: { it: [Belgio] }
            capital: { en: Brussels, it: Bruxelles }
          - name: Iran
            iso3: IRN
            capital: { en: Tehran, it: Teheran }
            demonyms: { en: [Iranian], it: [iraniano] }
          - name: Georgia
            iso3: GEO
            capital: Tbilisi
          - name: Jordan
            iso3: JOR
            aliases: { it: [Giordania] }
            capital: Amman
          - name: Chad
            iso3: TCD
            aliases: { it: [Ciad] }
        organizations:
          - name: European Union
            aliases: { en: [EU], it: [Unione europea, Ue, UE] }
            metonyms: { it: [Bruxelles], en: [Brussels] }
          - name: European Commission
            part_of: European Union
            aliases: { it: [Commissione europea] }
          - name: NATO
            aliases: { en: [North Atlantic Treaty Organization], it: [Nato, Alleanza Atlantica] }
          - name: United Nations
            aliases: { en: [UN], it: [Onu, Nazioni Unite] }
        people:
          - name: Vladimir Putin
            country: RUS
            aliases: [Putin]
            roles:
              - { role: head_of_state, country: RUS, title: President of Russia, from: 2012-05-07 }
          - name: Alexander Lukashenko
            country: BLR
            aliases: [Lukashenko, Lukashenka, Lukašenko, Aleksandr Lukashenko]
            roles:
              - { role: head_of_state, country: BLR, title: President of Belarus, from: 1994-07-20 }
          - name: Joe Biden
            country: USA
            aliases: [Biden]
            roles:
              - { role: head_of_state, country: USA, title: President of the United States, from: 2021-01-20, to: 2025-01-20 }
          - name: Donald Trump
            country: USA
            aliases: [Trump]
            roles:
              - { role: head_of_state, country: USA, title: President of the United States, from: 2025-01-20 }
          - name: Recep Tayyip Erdoğan
            country: TUR
            aliases: [Erdoğan]
            roles:
              - { role: head_of_state, country: TUR, title: President of Turkey, from: 2014-08-28 }
          - name: Giorgia Meloni
            country: ITA
            roles:
              - { role: head_of_government, country: ITA, title: Prime Minister of Italy, from: 2022-10-22 }
        """;

    private static readonly Lazy<ActorCatalog> Shared = new(() => ActorCatalogLoader.LoadFrom([("test-catalogue.yaml", Yaml)]));

    public static ActorCatalog Catalog => Shared.Value;

    public static ActorRecognizer Recognizer { get; } = new(Catalog);
}
