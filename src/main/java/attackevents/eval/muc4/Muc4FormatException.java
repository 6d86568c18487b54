package attackevents.eval.muc4;

/** A MUC-4 template file that cannot be read: the message names the file and line, in one line. */
public final class Muc4FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param source  the file (or other source) name
     * @param line    the 1-based line number
     * @param problem what is wrong
     */
    public Muc4FormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
    }
}
