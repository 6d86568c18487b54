package attackevents.source;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that works out its next element only when asked, for sources where finding the next element
 * means skipping things (folder entries, archive records) and where {@code hasNext} must not consume anything.
 *
 * @param <T> the element type
 */
abstract class LookaheadIterator<T> implements Iterator<T> {
    private T next;

    /** @return the next element, or {@code null} when there are no more (asked again, must say so again) */
    protected abstract T computeNext();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = computeNext();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T element = next;
        next = null;
        return element;
    }
}
