namespace Graph.Extraction.Pipeline;

public sealed class ExtractionOptions
{
    public const string Section = "Graph:Extraction";

    /// <summary>Extra actor catalogue files (YAML) loaded after the built-in catalogue; later entries add to or override earlier ones.</summary>
    public IList<string> CatalogFiles { get; } = [];

    /// <summary>Events below this confidence are dropped.</summary>
    [System.ComponentModel.DataAnnotations.Range(0.0, 1.0)]
    public double MinConfidence { get; set; }
}
