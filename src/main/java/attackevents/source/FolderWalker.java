package attackevents.source;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The input files under a folder, lazily, depth first, each folder's entries sorted by name, so every run sees
 * the same sequence. Only one folder's listing is held per level, never the whole tree.
 * Hidden entries, fetch sidecars ({@code *.meta.json}), the fetch error log ({@code fetch-errors.jsonl}) and
 * files of other types are passed over silently. Links to folders are not followed (a link loop would never
 * end); links to files are.
 */
final class FolderWalker extends LookaheadIterator<FolderWalker.Found> {
    /** The fetch command's log of pages it could not get: not an article. */
    static final String FETCH_ERRORS = "fetch-errors.jsonl";

    /**
     * One thing found: an input file, or a folder that could not be listed.
     *
     * @param file    the input file, or {@code null}
     * @param failure the failed outcome for an unlistable folder, or {@code null}
     */
    record Found(InputFile file, ReadOutcome failure) {
        /** @throws IllegalArgumentException unless exactly one of the two is given */
        Found {
            if ((file == null) == (failure == null)) {
                throw new IllegalArgumentException("exactly one of file and failure must be given");
            }
        }
    }

    private final Path root;
    private final Deque<Iterator<Path>> levels = new ArrayDeque<>();

    /** @param root the folder to walk (followed when it is itself a link: the user named it) */
    FolderWalker(Path root) {
        this.root = Objects.requireNonNull(root, "root");
        levels.push(List.of(root).iterator());
    }

    @Override
    protected Found computeNext() {
        while (!levels.isEmpty()) {
            Iterator<Path> level = levels.peek();
            if (!level.hasNext()) {
                levels.pop();
                continue;
            }
            Found found = visit(level.next());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** @return what the path yields now, or {@code null} when it is a folder (entered) or passed over */
    private Found visit(Path path) {
        boolean folder = path == root ? Files.isDirectory(path) : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        if (folder) {
            try {
                levels.push(sortedEntries(path).iterator());
                return null;
            } catch (IOException e) {
                return new Found(null, ReadOutcome.failed(name(path), path.toString(),
                        "cannot list folder: " + IoErrors.describe(e)));
            }
        }
        if (!Files.isRegularFile(path) || ignored(name(path))) {
            return null;
        }
        Optional<InputFile> file = InputFile.of(path);
        return file.map(f -> new Found(f, null)).orElse(null);
    }

    private static List<Path> sortedEntries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                if (!name(entry).startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause(); // an I/O error met while listing, wrapped because Iterator cannot throw it
        }
        entries.sort(Comparator.comparing(FolderWalker::name));
        return entries;
    }

    private static boolean ignored(String name) {
        return name.endsWith(Sidecar.SUFFIX) || name.equals(FETCH_ERRORS);
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
