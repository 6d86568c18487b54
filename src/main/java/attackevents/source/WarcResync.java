package attackevents.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Finds where the next record may start after a damaged stretch of a web archive, so reading can go on:
 * in a record-by-record gzipped archive, the next gzip member header; in an uncompressed one, the next line
 * starting {@code WARC/1.}. A match can be a false start (those bytes inside a body); the caller then fails
 * to parse there and looks again further on, so every retry moves forward.
 */
final class WarcResync {
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;

    private WarcResync() {
    }

    /**
     * @param archive     the archive file
     * @param from        the first byte offset that may be a record start
     * @param compression how the archive is compressed
     * @return the offset of the next possible record start, or empty when there is none (or the compression
     *         has no recognisable record boundaries)
     * @throws IOException when the file cannot be read
     */
    static OptionalLong nextRecordStart(Path archive, long from, WarcCompression compression) throws IOException {
        if (compression == WarcCompression.GZIP) {
            return find(archive, from, GZIP_MEMBER, 0);
        }
        if (compression == WarcCompression.NONE) {
            // The pattern includes the newline before the version line; the record starts just after it.
            return from == 0 ? OptionalLong.of(0) : find(archive, from - 1, WARC_LINE, 1);
        }
        return OptionalLong.empty();
    }

    private static OptionalLong find(Path file, long from, byte[] pattern, int skip) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            byte[] bytes = buffer.array();
            long base = Math.max(0, from); // the file offset of bytes[0]
            channel.position(base);
            while (channel.read(buffer) >= 0) {
                int filled = buffer.position();
                for (int i = 0; i + pattern.length <= filled; i++) {
                    if (matches(bytes, i, pattern)) {
                        return OptionalLong.of(base + i + skip);
                    }
                }
                // Keep the last few bytes: a match may straddle two reads.
                int keep = Math.min(filled, pattern.length - 1);
                System.arraycopy(bytes, filled - keep, bytes, 0, keep);
                base += filled - keep;
                buffer.position(keep);
            }
            return OptionalLong.empty();
        }
    }

    private static boolean matches(byte[] bytes, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (bytes[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }
}
