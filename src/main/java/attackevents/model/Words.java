package attackevents.model;

/** The words of a slot as one line: a name broken across lines by the copy's layout is one name. */
final class Words {
    private Words() {
    }

    /** @return the text with each run of white space (line breaks included) made one space, or {@code null} */
    static String oneLine(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }
}
