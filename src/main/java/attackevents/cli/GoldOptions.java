package attackevents.cli;

import attackevents.eval.GoldArticle;
import attackevents.eval.GoldFormat;
import attackevents.eval.muc4.Muc4FormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --gold} and {@code --gold-format} options shared by {@code evaluate}, {@code benchmark} and
 * {@code train}. */
final class GoldOptions {
    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "GOLD",
            description = "Gold: a folder of <article-id>.json fixtures (json), or MUC-4 key files or folders "
                    + "(muc4). Repeat or list several to score them together.")
    List<Path> gold;

    @Option(names = "--gold-format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
            description = "json or muc4 (default: ${DEFAULT-VALUE}).")
    GoldFormat format;

    /**
     * Reads the gold.
     *
     * @return the gold articles of every path, in order
     * @throws UserError when a path is missing or a file is malformed or no gold is found
     */
    List<GoldArticle> read() {
        try {
            List<GoldArticle> articles = format.read(gold);
            if (articles.isEmpty()) {
                throw new UserError(format == GoldFormat.JSON ? "no gold fixtures (*.json) in " + gold
                        : "no MUC-4 messages in " + gold);
            }
            return articles;
        } catch (IOException | Muc4FormatException | IllegalArgumentException e) {
            throw InputErrors.toUserError(e);
        }
    }

    /** Reads {@code --gold-format} case-insensitively. */
    static final class FormatConverter implements CommandLine.ITypeConverter<GoldFormat> {
        @Override
        public GoldFormat convert(String value) {
            try {
                return GoldFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown gold format '" + value
                        + "' (choose json or muc4)");
            }
        }
    }
}
