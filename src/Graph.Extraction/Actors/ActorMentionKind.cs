namespace Graph.Extraction.Actors;

/// <summary>How a span of text came to name an actor; shown by --explain and used to weigh confidence.</summary>
public enum ActorMentionKind
{
    /// <summary>The actor's name or an alias ("Vladimir Putin", "Lukashenka", "NATO").</summary>
    Name,

    /// <summary>A surname standing for a person named earlier in the article ("Putin").</summary>
    Surname,

    /// <summary>A capital used for its government ("Mosca", "Kyiv").</summary>
    Capital,

    /// <summary>An institution or building standing for a state ("il Cremlino", "la Casa Bianca", "Palazzo Chigi").</summary>
    Metonym,

    /// <summary>A role description resolved to a person ("il presidente bielorusso", "the Kremlin leader").</summary>
    Title,

    /// <summary>A person introduced with a role who is not in the catalogue ("il ministro degli Esteri turco Hakan Fidan").</summary>
    IntroducedPerson,

    /// <summary>A nationality adjective or noun ("russo", "Russian forces"): the state, when the grammar makes it an actor.</summary>
    Demonym,
}
