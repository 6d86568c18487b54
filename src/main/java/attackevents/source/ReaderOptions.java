package attackevents.source;

/**
 * How {@link ArticleReader} reads its inputs.
 *
 * @param maxFileBytes the largest article accepted, in bytes: the size of an article file on disk, of its
 *                     content once un-gzipped, and of one HTTP response body in a web archive
 *                     (a web archive itself may be any size: it is streamed record by record)
 */
public record ReaderOptions(long maxFileBytes) {
    /** The default size limit: 20 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    // Articles are held as one byte array while decoding, so the limit must fit in one.
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 16L;

    /**
     * @param maxFileBytes the largest article accepted, in bytes
     * @throws IllegalArgumentException when the limit is not positive or too large to hold in memory
     */
    public ReaderOptions {
        if (maxFileBytes <= 0 || maxFileBytes > LARGEST_ARRAY) {
            throw new IllegalArgumentException("maxFileBytes must be in 1.." + LARGEST_ARRAY + ": " + maxFileBytes);
        }
    }

    /** @return the defaults: articles up to 20 MB */
    public static ReaderOptions defaults() {
        return new ReaderOptions(DEFAULT_MAX_FILE_BYTES);
    }

    /**
     * @param bytes the new size limit
     * @return these options with another size limit
     */
    public ReaderOptions withMaxFileBytes(long bytes) {
        return new ReaderOptions(bytes);
    }
}
