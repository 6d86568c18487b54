package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcResyncTest {
    @TempDir
    Path dir;

    @Test
    void findsTheNextVersionLineInAnUncompressedArchive() throws Exception {
        Path warc = Files.writeString(dir.resolve("a.warc"), "WARC/1.1\r\nx\r\n\r\nWARC/1.0\r\ny\r\n", StandardCharsets.US_ASCII);
        assertEquals(OptionalLong.of(15), WarcResync.nextRecordStart(warc, 1, WarcCompression.NONE));
        assertEquals(OptionalLong.of(15), WarcResync.nextRecordStart(warc, 15, WarcCompression.NONE));
        assertEquals(OptionalLong.empty(), WarcResync.nextRecordStart(warc, 16, WarcCompression.NONE));
        assertEquals(OptionalLong.empty(), WarcResync.nextRecordStart(warc, 10_000, WarcCompression.NONE));
    }

    @Test
    void findsAGzipMemberHeaderEvenAcrossReadBoundaries() throws Exception {
        for (int at : new int[] {0, 5, 64 * 1024 - 2, 64 * 1024 - 1, 64 * 1024, 200_000}) {
            byte[] bytes = new byte[at + 10];
            Arrays.fill(bytes, (byte) 0x1f); // near misses everywhere
            bytes[at] = 0x1f;
            bytes[at + 1] = (byte) 0x8b;
            bytes[at + 2] = 0x08;
            Path warc = Files.write(dir.resolve("m" + at + ".warc.gz"), bytes);
            assertEquals(OptionalLong.of(at), WarcResync.nextRecordStart(warc, 0, WarcCompression.GZIP), "at " + at);
            assertEquals(OptionalLong.empty(), WarcResync.nextRecordStart(warc, at + 1, WarcCompression.GZIP));
        }
    }

    @Test
    void zstandardArchivesHaveNoBoundaryToFind() throws Exception {
        Path warc = Files.write(dir.resolve("z.warc.zst"), new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd});
        assertEquals(OptionalLong.empty(), WarcResync.nextRecordStart(warc, 1, WarcCompression.ZSTD));
    }
}
