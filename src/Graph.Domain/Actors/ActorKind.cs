namespace Graph.Domain.Actors;

public enum ActorKind
{
    Person,
    State,
    Organization,
    Group,
}
