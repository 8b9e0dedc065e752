package dev.crmkit.core.audit;

/** What kind of party made a change. */
public enum ActorKind {
    /** A person signed in to the host application; the actor's id is the user name. */
    USER,
    /** A caller authenticated by an API token; the actor's id names the token. */
    API_TOKEN,
    /** The assistant acting for a user; the actor's id is the conversation, {@code onBehalfOf} the user. */
    AGENT,
    /** An import run; the actor's id is the import job's id. */
    IMPORT,
    /** The host itself, with nobody in particular behind it: the default. */
    SYSTEM
}
