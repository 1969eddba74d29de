package org.checkbench.anchor;

/**
 * One change to a text: at {@code position}, {@code removedLength} characters were replaced by
 * {@code insertedLength} new ones. Offsets count UTF-16 code units, as Java strings do.
 */
public record TextEdit(int position, int removedLength, int insertedLength) {

    public TextEdit {
        if (position < 0 || removedLength < 0 || insertedLength < 0) {
            throw new IllegalArgumentException("negative offset in edit: " + position + "/" + removedLength + "/" + insertedLength);
        }
    }

    public int removedEnd() {
        return position + removedLength;
    }

    public int delta() {
        return insertedLength - removedLength;
    }
}
