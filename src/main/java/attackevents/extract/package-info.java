/**
 * Extraction: from an annotated document to {@link attackevents.model.AttackEvent}s: attack triggers, role
 * filling (actor, targets, place), numbers, dates, and merging mentions of one incident.
 */
package attackevents.extract;
