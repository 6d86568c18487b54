package attackevents.nlp;

/**
 * A named entity or time/number expression found in a sentence.
 *
 * @param text       the words as written
 * @param type       the entity type (PERSON, ORGANIZATION, LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE,
 *                   NATIONALITY, DATE, NUMBER, …)
 * @param normalized the normalised value where the recogniser gives one (a TIMEX value for DATE, a number
 *                   for NUMBER), else {@code null}
 * @param tokenStart index of its first token in the sentence
 * @param tokenEnd   index one past its last token
 * @param begin      character offset in the document text
 * @param end        character offset one past its end
 */
public record EntityMention(String text, String type, String normalized, int tokenStart, int tokenEnd,
                            int begin, int end) {
}
