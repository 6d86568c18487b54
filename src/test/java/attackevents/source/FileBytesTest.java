package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {
    private static final long LIMIT = 1000;

    @TempDir
    Path dir;

    @Test
    void readsPlainAndGzipped() throws Exception {
        Path plain = Files.writeString(dir.resolve("a.txt"), "hello");
        assertArrayEquals("hello".getBytes(), FileBytes.read(plain, false, LIMIT));
        Path gz = Files.write(dir.resolve("a.txt.gz"), gzip("hello".getBytes()));
        assertArrayEquals("hello".getBytes(), FileBytes.read(gz, true, LIMIT));
    }

    @Test
    void emptyPlainOrUncompressed() throws Exception {
        assertEquals("empty file", reason(Files.write(dir.resolve("e.txt"), new byte[0]), false));
        assertEquals("empty file", reason(Files.write(dir.resolve("e.txt.gz"), gzip(new byte[0])), true));
    }

    @Test
    void tooLargeOnDiskOrOnceUncompressed() throws Exception {
        assertEquals("file too large: 1001 bytes (limit 1000 bytes)",
                reason(Files.write(dir.resolve("big.txt"), new byte[1001]), false));
        // 10 MB of spaces gzip to a few kilobytes: a small file, too large once uncompressed.
        byte[] bomb = gzip(" ".repeat(10 * 1024 * 1024).getBytes());
        assertTrue(bomb.length < LIMIT * 20);
        assertEquals("uncompressed file too large: over 20000 bytes (limit 20000 bytes)",
                reason(Files.write(dir.resolve("bomb.txt.gz"), bomb), true, LIMIT * 20));
    }

    @Test
    void corruptGzip() throws Exception {
        assertEquals("corrupt gzip: Not in GZIP format",
                reason(Files.writeString(dir.resolve("n.txt.gz"), "plain text"), true));
        byte[] whole = gzip("some text that compresses into a few blocks ".repeat(20).getBytes());
        String truncated = reason(Files.write(dir.resolve("t.txt.gz"), Arrays.copyOf(whole, whole.length / 2)), true);
        assertTrue(truncated.startsWith("corrupt gzip: "), truncated);
    }

    @Test
    void unreadableFilesGiveTheIoReason() throws Exception {
        assertEquals("no such file or directory", reason(dir.resolve("missing.txt"), false));
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        String reason = reason(folder, false);
        assertTrue(!reason.isBlank() && !reason.contains(folder.toString()), reason);
    }

    @Test
    void permissionDenied() throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running with rights that ignore file modes, skipping");
        assertEquals("permission denied", reason(locked, false));
    }

    @Test
    void readCappedStopsOneBytePastTheLimit() throws Exception {
        assertEquals(3, FileBytes.readCapped(new ByteArrayInputStream(new byte[3]), 3, "body").length);
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> FileBytes.readCapped(new ByteArrayInputStream(new byte[4]), 3, "body"));
        assertEquals("body too large: over 3 bytes (limit 3 bytes)", e.getMessage());
    }

    private static String reason(Path path, boolean gzip) {
        return reason(path, gzip, LIMIT);
    }

    private static String reason(Path path, boolean gzip, long limit) {
        return assertThrows(UnreadableInputException.class, () -> FileBytes.read(path, gzip, limit)).getMessage();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
