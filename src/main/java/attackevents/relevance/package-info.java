/**
 * Relevance: a cheap first stage that tells whether an article reports an attack at all, so that irrelevant
 * articles skip the expensive annotators. An Apache OpenNLP document categorizer (maximum entropy over a bag of
 * words and word bigrams) trained on gold-labelled texts; its trainer and its evaluator (cross-validation,
 * held-out scores, threshold choice). OpenNLP types stay inside this package.
 */
package attackevents.relevance;
