package org.checkbench.io.text;

/** The bytes are not text in any encoding Checkbench reads; {@link #kind()} names what they look like. */
public final class NotTextException extends Exception {

    private final String kind;

    NotTextException(String kind) {
        super("looks like " + kind + ", not text");
        this.kind = kind;
    }

    /** "a PNG picture", "a binary file (it holds zero bytes)", ... */
    public String kind() {
        return kind;
    }
}
