package org.dispatches.api;

/** A completion offered while typing: an actor or outlet name, its dimension and report count. */
public record Suggestion(String value, String dimension, long count) {}
