/**
 * Roles: a trained sequence tagger that marks, in a sentence, the spans that play a role in an attack: what or
 * who was attacked ({@value attackevents.roles.RoleSpan#TARGET}) and who attacked
 * ({@value attackevents.roles.RoleSpan#PERP}). An Apache OpenNLP name finder (maximum entropy, BIO tags) over
 * the pipeline's own tokens, with their part of speech, lemma, entity type and attack cues as extra context;
 * the labeller that turns gold filler strings into spans, the trainer, and the cross-validating evaluator.
 * OpenNLP types stay inside this package.
 */
package attackevents.roles;
