/**
 * The data that flows out of the pipeline and into the evaluator: an {@link attackevents.model.ArticleRecord}
 * per input article, holding its {@link attackevents.model.AttackEvent}s. These records are the JSON output
 * format (documented by {@code schema/article-record.schema.json}); field names follow the gold fixture format.
 */
package attackevents.model;
