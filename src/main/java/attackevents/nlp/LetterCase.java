package attackevents.nlp;

import java.util.Objects;

/**
 * Tells all-caps text (old wire services, MUC-4) from ordinary text, whose case the named-entity models rely
 * on.
 */
public final class LetterCase {
    /** Share of upper-case letters from which a text counts as all caps. */
    public static final double ALL_CAPS_SHARE = 0.9;
    /** Fewer letters than this say too little (a headline "NATO" is not an all-caps article). */
    static final int MIN_LETTERS = 20;

    private LetterCase() {
    }

    /**
     * @param text any text
     * @return whether it has at least {@value #MIN_LETTERS} letters and more than {@value #ALL_CAPS_SHARE} of
     *     its cased letters are upper case
     */
    public static boolean isAllCaps(String text) {
        Objects.requireNonNull(text, "text");
        int upper = 0;
        int cased = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper++;
                cased++;
            } else if (Character.isLowerCase(c)) {
                cased++;
            }
        }
        return cased >= MIN_LETTERS && upper > ALL_CAPS_SHARE * cased;
    }
}
