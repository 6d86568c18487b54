package attackevents.extract;

import attackevents.model.AttackType;

/**
 * What an attack trigger word says ({@code models/lexicon/attack-triggers.tsv}).
 *
 * @param type    the attack type, or {@code null} for a word that does not say how ("attack")
 * @param suicide whether it marks a suicide attack
 * @param weak    whether it needs support in its sentence (a casualty word or an attacker noun; a target
 *                is not enough) to count
 * @param fallback whether it counts only in an article where no other trigger is found ("killed": in a report of
 *                 an attack, a killing is most often its toll or a past one; in a report with no attack word it
 *                 is the attack)
 */
public record Trigger(AttackType type, boolean suicide, boolean weak, boolean fallback) {
}
