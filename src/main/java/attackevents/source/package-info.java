/**
 * Reading inputs: folders of article files (.txt, .html, .json, optionally .gz), web archives and the web,
 * into {@link attackevents.source.RawArticle}s. A file that cannot be read becomes a
 * {@link attackevents.source.ReadOutcome} carrying the error, never an exception that stops the run.
 */
package attackevents.source;
