package attackevents.cli;

import attackevents.eval.GoldArticle;
import attackevents.eval.GoldFormat;
import attackevents.eval.muc4.Muc4FormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --gold} and {@code --gold-format} options shared by {@code evaluate}, {@code benchmark} and
 * {@code train}. */
final class GoldOptions {
    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "GOLD",
            parameterConsumer = GoldPathsConsumer.class,
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

    /**
     * Takes the paths after {@code --gold} up to the next option or the first {@code NAME=FILE} run of
     * {@code benchmark}, so that {@code benchmark --gold KEYS ours=ours.jsonl} works as its help shows (picocli's
     * own reading of a multi-value option would take the runs as gold paths too).
     */
    static final class GoldPathsConsumer implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, CommandLine.Model.ArgSpec argSpec,
                                      CommandLine.Model.CommandSpec commandSpec) {
            List<Path> paths = argSpec.getValue() == null ? new ArrayList<>() : new ArrayList<>(argSpec.getValue());
            int before = paths.size();
            while (!args.isEmpty() && !args.peek().startsWith("-") && !isRun(args.peek())) {
                paths.add(Path.of(args.pop()));
            }
            if (paths.size() == before) {
                throw new CommandLine.ParameterException(commandSpec.commandLine(),
                        "--gold needs at least one gold path");
            }
            argSpec.setValue(paths);
        }

        /** {@code NAME=FILE}: a name with no path separator, then "=". */
        static boolean isRun(String arg) {
            int eq = arg.indexOf('=');
            return eq > 0 && arg.lastIndexOf('/', eq) < 0 && arg.lastIndexOf('\\', eq) < 0;
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
