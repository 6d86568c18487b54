package attackevents.eval.muc4;

import attackevents.eval.GoldArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Front door for MUC-4 answer keys as gold: parse the template files, map them per
 * {@code shared/spec/muc4-mapping.md}.
 *
 * <p>Example: {@code List<GoldArticle> gold = Muc4Gold.read(Path.of("../shared/datasets/muc4/tst1/keys"));}
 */
public final class Muc4Gold {
    private Muc4Gold() {
    }

    /**
     * @param fileOrDir a key file, or a folder whose files are all key files (read in sorted order)
     * @return one gold article per message, in file order
     * @throws IOException         when a file cannot be read or the path does not exist
     * @throws Muc4FormatException when a file is not in the template format
     */
    public static List<GoldArticle> read(Path fileOrDir) throws IOException {
        return Muc4GoldMapper.toGold(Muc4TemplateParser.parse(fileOrDir));
    }
}
