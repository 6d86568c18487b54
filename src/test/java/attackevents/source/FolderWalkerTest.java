package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkerTest {
    @TempDir
    Path dir;

    @Test
    void depthFirstSortedByNameKnownTypesOnly() throws IOException {
        for (String name : List.of("b/2.txt", "b/1.html.gz", "a.warc.gz", "c.json", "b/x.meta.json",
                "fetch-errors.jsonl", "b/.hidden.txt", ".cache/k.txt", "z.docx")) {
            Path path = dir.resolve(name);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x");
        }
        assertEquals(List.of("a.warc.gz", "b/1.html.gz", "b/2.txt", "c.json"), walk());
    }

    @Test
    void doesNotFollowLinksToFoldersSoLoopsEnd() throws IOException {
        Files.writeString(Files.createDirectory(dir.resolve("sub")).resolve("a.txt"), "a");
        try {
            Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
            Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("sub/a.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links unsupported here, skipping");
        }
        assertEquals(List.of("link.txt", "sub/a.txt"), walk());
    }

    @Test
    void aLinkNamedAsTheRootIsFollowed() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "a");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link"), real);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links unsupported here, skipping");
            return;
        }
        List<String> found = new ArrayList<>();
        new FolderWalker(link).forEachRemaining(f -> found.add(f.file().id()));
        assertEquals(List.of("a"), found);
    }

    @Test
    void anEmptyFolderHasNothing() {
        FolderWalker walker = new FolderWalker(dir);
        assertFalse(walker.hasNext());
        assertThrows(NoSuchElementException.class, walker::next);
    }

    private List<String> walk() {
        List<String> found = new ArrayList<>();
        new FolderWalker(dir).forEachRemaining(f -> found.add(dir.relativize(f.file().path()).toString()));
        return found;
    }
}
