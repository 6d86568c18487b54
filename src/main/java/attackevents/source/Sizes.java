package attackevents.source;

import java.util.Locale;

/** Byte counts for people: {@code "52 MB"}, {@code "20.1 MB"}, {@code "900 bytes"}. */
final class Sizes {
    private static final long MB = 1024L * 1024;

    private Sizes() {
    }

    /**
     * @param bytes a non-negative byte count
     * @return whole megabytes when exact, else megabytes rounded up to a tenth (so a file one byte over
     *         a 20 MB limit reads "20.1 MB", never "20 MB"); plain bytes below one megabyte
     */
    static String describe(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size: " + bytes);
        }
        if (bytes < MB) {
            return bytes + " bytes";
        }
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        double tenths = Math.ceil(bytes * 10.0 / MB) / 10.0;
        return String.format(Locale.ROOT, "%.1f MB", tenths);
    }
}
