package attackevents.extract;

import attackevents.model.AttackType;

/**
 * What an attack trigger word says ({@code models/lexicon/attack-triggers.tsv}).
 *
 * @param type    the attack type, or {@code null} for a word that does not say how ("attack")
 * @param suicide whether it marks a suicide attack
 * @param weak    whether it needs support in its sentence (a casualty word or an attacker noun; a target
 *                is not enough) to count
 */
public record Trigger(AttackType type, boolean suicide, boolean weak) {
}
