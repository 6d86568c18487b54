package attackevents.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads one article file's bytes, gunzipping it when asked, within a size limit. */
final class FileBytes {
    private FileBytes() {
    }

    /**
     * Reads a whole file. The size on disk is checked before anything is read, so an oversized file costs
     * one {@code stat}; a gzip file is also stopped as soon as its content passes the limit.
     *
     * @param path     the file
     * @param gzip     whether the file is gzip-compressed
     * @param maxBytes the largest size accepted, on disk and uncompressed
     * @return the (uncompressed) content, never empty
     * @throws UnreadableInputException with the reason when the file is empty, too large, not valid gzip
     *                                  or cannot be read
     */
    static byte[] read(Path path, boolean gzip, long maxBytes) throws UnreadableInputException {
        Objects.requireNonNull(path, "path");
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new UnreadableInputException(IoErrors.describe(e));
        }
        if (size > maxBytes) {
            throw tooLarge("file", Sizes.describe(size), maxBytes);
        }
        if (size == 0) {
            throw new UnreadableInputException("empty file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] data = gzip ? gunzip(in, maxBytes) : in.readNBytes((int) size);
            if (data.length == 0) {
                throw new UnreadableInputException("empty file");
            }
            return data;
        } catch (IOException e) {
            throw new UnreadableInputException(IoErrors.describe(e));
        }
    }

    /**
     * Reads a stream to its end, or fails once it passes the limit (without reading further).
     *
     * @param in       the stream, left open
     * @param maxBytes the limit
     * @param subject  what the stream is, for the message: {@code "response body"} gives
     *                 {@code "response body too large: over 20 MB (limit 20 MB)"}
     * @return the bytes read
     * @throws IOException              when reading fails
     * @throws UnreadableInputException when the stream holds more than {@code maxBytes}
     */
    static byte[] readCapped(InputStream in, long maxBytes, String subject)
            throws IOException, UnreadableInputException {
        // One byte beyond the limit is enough to know it was passed.
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, maxBytes + 1));
        if (data.length > maxBytes) {
            throw tooLarge(subject, "over " + Sizes.describe(maxBytes), maxBytes);
        }
        return data;
    }

    private static byte[] gunzip(InputStream in, long maxBytes) throws IOException, UnreadableInputException {
        try {
            // A small file can inflate to gigabytes: the cap applies to the content, not just the file.
            try (GZIPInputStream unzipped = new GZIPInputStream(in)) {
                return readCapped(unzipped, maxBytes, "uncompressed file");
            }
        } catch (ZipException | EOFException e) {
            // ZipException: not gzip at all, or a damaged stream; EOFException: truncated.
            String detail = e.getMessage() == null ? "truncated" : IoErrors.oneLine(e.getMessage());
            throw new UnreadableInputException("corrupt gzip: " + detail);
        }
    }

    private static UnreadableInputException tooLarge(String subject, String size, long maxBytes) {
        return new UnreadableInputException(
                subject + " too large: " + size + " (limit " + Sizes.describe(maxBytes) + ")");
    }
}
