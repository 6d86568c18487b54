package attackevents.model;

import java.util.regex.Pattern;

/** The words of a slot as one line: a name broken across lines by the copy's layout is one name. */
final class Words {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Words() {
    }

    /** @return the text with each run of white space (line breaks included) made one space, or {@code null} */
    static String oneLine(String text) {
        return text == null ? null : WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
    }
}
