package attackevents.eval.muc4;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The key snippets under {@code src/test/resources/attackevents/eval/muc4} (see the README there). */
final class Muc4TestFiles {
    private Muc4TestFiles() {
    }

    static Path snippet(String name) {
        try {
            return Path.of(Muc4TestFiles.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
