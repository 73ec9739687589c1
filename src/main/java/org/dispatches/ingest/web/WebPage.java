package org.dispatches.ingest.web;

/**
 * What a web page says about the article it carries; any field but {@code text} may be null.
 *
 * @param text the article's main text, paragraphs separated by blank lines
 * @param date the publication date as the page writes it (ISO 8601 in meta tags and JSON-LD)
 * @param url the canonical URL, else the URL the page was fetched from
 */
public record WebPage(
    String title, String text, String date, String author, String url, String siteName) {}
