namespace Graph.Domain.Events;

/// <summary>CAMEO's four broad classes, as GDELT uses them.</summary>
public enum QuadClass
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}
