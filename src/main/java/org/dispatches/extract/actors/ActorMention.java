package org.dispatches.extract.actors;

/**
 * An actor a report names: the canonical name, its type (person, organization, state, armed group,
 * agency, ...), how often the report mentions it, and whether the gazetteer knows it (unverified
 * actors are names the text presents as actors, "spokesperson X", that the gazetteer lacks).
 */
public record ActorMention(String name, String type, int mentions, boolean verified) {}
