/**
 * attack-events: turns news articles into structured records of attacks and scores them against gold.
 * {@link attackevents.AttackEvents} is the entry point; the stages live in {@code source}, {@code clean},
 * {@code nlp}, {@code extract} and {@code output}, with {@code eval} beside them and {@code cli} on top.
 */
package attackevents;
