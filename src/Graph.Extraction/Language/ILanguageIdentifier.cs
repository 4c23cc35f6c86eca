namespace Graph.Extraction.Language;

/// <summary>Names an article's language (ISO 639-1), or null when the text gives too little to tell.</summary>
public interface ILanguageIdentifier
{
    string? Identify(string text);
}
