package attackevents.source;

/** What kind of markup an article's content is in. */
public enum ContentType {
    /** plain text, paragraphs separated by blank lines or line breaks */
    TEXT,
    /** an HTML page */
    HTML
}
