/**
 * Scoring of article-body extraction with the metric of the public article-extraction benchmark
 * (scrapinghub/article-extraction-benchmark): per page, precision and recall of word 4-gram shingles, averaged
 * over pages.
 */
package attackevents.eval.body;
