/**
 * Cleaning: from a {@link attackevents.source.RawArticle} to a {@link attackevents.clean.CleanArticle} holding
 * only the article's own text (main content of a page, boilerplate of plain text removed), its title,
 * publication date and author. Everything later reads offsets into {@code CleanArticle.text()}.
 */
package attackevents.clean;
