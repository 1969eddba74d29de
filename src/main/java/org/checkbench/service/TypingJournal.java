package org.checkbench.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The keystrokes typed since the article's text was last saved, appended to a small file as each
 * one happens (ADR 0134). The saves of the text run on the worker a few hundred milliseconds later;
 * if the process dies in between (a kill, a crash, a power cut a moment later), the next start
 * finds the journal, checks it was written on top of exactly the text in the workspace, and
 * replays its edits. An append is one small write into the operating system's cache, which
 * survives the death of the process; no sync is asked for.
 *
 * <p>File format, one line each: {@code B <sha-256 of the base text>}, then {@code E <position>
 * <removed length> <inserted text, escaped>}. The file lives in the data folder, one per
 * workspace and article. Appends come from the FX thread, rebases from the worker: synchronised.
 */
public final class TypingJournal implements AutoCloseable {

    /** One edit: {@code removed} characters at {@code position} replaced by {@code inserted}. */
    public record Edit(int position, int removed, String inserted) {
    }

    private final Path file;
    private final List<Edit> edits = new ArrayList<>();
    private long appended;
    private FileChannel channel;
    /** Counts starts, rebases and discards: a rebase written outside the lock checks nobody came between. */
    private long generation;
    /**
     * The hash of the text the edits in memory apply to; null once discarded. A write that failed
     * (a full disk, a folder gone) closes the file, and the next append writes the whole journal
     * anew from this and the edits: the journal does not stay off after one failure.
     */
    private String baseHash;

    private TypingJournal(Path file) {
        this.file = file;
    }

    /** The journal of one article of one workspace, in {@code folder}. Nothing is written yet. */
    public static TypingJournal of(Path folder, Path workspace, long articleId) {
        String key = sha256(workspace.toAbsolutePath().normalize().toString()).substring(0, 16);
        return new TypingJournal(folder.resolve(key + "-" + articleId + ".journal"));
    }

    public Path file() {
        return file;
    }

    /**
     * The edits a previous run typed on top of {@code storedText} and did not save, in order; empty
     * when there is no journal, or it was written on top of another text (then it is stale: its
     * edits were saved, or belong to a text that is gone).
     */
    public synchronized List<Edit> unsaved(String storedText) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals("B " + sha256(storedText))) {
                return List.of();
            }
            List<Edit> found = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(" ", 4);
                if (parts.length < 3 || !parts[0].equals("E")) {
                    break; // the last line may be cut short by the crash
                }
                found.add(new Edit(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                        parts.length == 4 ? unescape(parts[3]) : ""));
            }
            return found;
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /** Starts a fresh journal on top of {@code baseText} (the text just loaded or saved). */
    public void start(String baseText) {
        String hash = sha256(baseText); // outside the lock: a long text takes milliseconds
        synchronized (this) {
            edits.clear();
            appended = 0;
            generation++;
            baseHash = hash;
            rewrite(hash, List.of());
        }
    }

    /**
     * Takes over the journal a killed run left on top of {@code baseText}, once its {@code recovered}
     * edits have been made again in the window: the file is rewritten in one atomic move with the
     * same base and edits, and appends continue after them. Until this is called the file stays as
     * the killed run left it, so a start that fails before the replay loses nothing.
     */
    public void resume(String baseText, List<Edit> recovered) {
        String hash = sha256(baseText);
        synchronized (this) {
            edits.clear();
            edits.addAll(recovered);
            appended = recovered.size();
            generation++;
            baseHash = hash;
            rewrite(hash, recovered);
        }
    }

    /** One keystroke or other edit; returns its number, for {@link #saved}. */
    public synchronized long append(int position, int removed, String inserted) {
        Edit edit = new Edit(position, removed, inserted);
        edits.add(edit);
        appended++;
        if (channel == null && baseHash != null) {
            rewrite(baseHash, edits); // an earlier write failed: the whole journal, this edit included
        } else {
            write(line(edit));
        }
        return appended;
    }

    /** How many edits have been appended since {@link #start}. */
    public synchronized long count() {
        return appended;
    }

    /**
     * {@code savedText}, which holds the first {@code upTo} edits, is now in the workspace: the
     * journal is rewritten on top of it with only the edits made since.
     */
    public void saved(String savedText, long upTo) {
        savedWithHash(sha256(savedText), upTo); // hashed outside the lock, so typing never waits for it
    }

    /**
     * {@link #saved}, for a text already hashed where it was encoded for the workspace
     * ({@link ArticleService#saveTypedText}, ADR 0157): the same SHA-256 of its UTF-8 bytes.
     */
    public void savedWithHash(String savedTextHash, long upTo) {
        String hash = savedTextHash;
        List<Edit> pending;
        long rebase;
        synchronized (this) {
            long already = appended - edits.size();
            int done = (int) Math.max(0, Math.min(edits.size(), upTo - already));
            edits.subList(0, done).clear();
            pending = List.copyOf(edits);
            rebase = ++generation;
        }
        // The new file is written outside the lock too: on a busy disk that takes long enough for the
        // keystrokes waiting on the lock to miss frames (issue 18). Keys typed meanwhile go to the old
        // file and are added to the new one before it takes its place.
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        StringBuilder content = new StringBuilder("B ").append(hash).append('\n');
        pending.forEach(edit -> content.append(line(edit)));
        boolean written;
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            written = true;
        } catch (IOException e) {
            written = false;
        }
        synchronized (this) {
            if (rebase != generation) {
                return; // started afresh or discarded meanwhile: this rebase is stale
            }
            baseHash = hash;
            if (!written) {
                closeChannel(); // no journal then; the regular saves still run (and report the disk)
                return;
            }
            StringBuilder since = new StringBuilder();
            edits.subList(Math.min(pending.size(), edits.size()), edits.size()).forEach(edit -> since.append(line(edit)));
            swapIn(temporary, since.toString());
        }
    }

    /** The article was closed with everything saved: no journal is left. */
    public synchronized void discard() {
        generation++;
        baseHash = null;
        closeChannel();
        edits.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stale journal is harmless: its base no longer matches the saved text.
        }
    }

    @Override
    public synchronized void close() {
        baseHash = null;
        closeChannel();
    }

    private void rewrite(String baseHash, List<Edit> pending) {
        closeChannel();
        try {
            Files.createDirectories(file.getParent());
            // Not the rebase's ".tmp": a rebase writes that one outside the lock, while this runs.
            Path temporary = file.resolveSibling(file.getFileName() + ".rewrite.tmp");
            StringBuilder content = new StringBuilder("B ").append(baseHash).append('\n');
            pending.forEach(edit -> content.append(line(edit)));
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            channel = null; // no journal then; the regular saves still run
        }
    }

    /** Puts the written {@code temporary} in the journal's place, with {@code tail} appended; under the lock. */
    private void swapIn(Path temporary, String tail) {
        closeChannel();
        try {
            if (!tail.isEmpty()) {
                Files.writeString(temporary, tail, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            channel = null; // no journal then; the regular saves still run
        }
    }

    private void write(String line) {
        if (channel == null) {
            return;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            closeChannel(); // a full disk: the saves report it; the next append tries the whole journal again
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing only.
            }
            channel = null;
        }
    }

    private static String line(Edit edit) {
        return "E " + edit.position() + " " + edit.removed() + " " + escape(edit.inserted()) + "\n";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The SHA-256 of {@code text}'s UTF-8 bytes (a lone surrogate as '?', as {@link String#getBytes}
     * writes it), encoded through a small buffer: each save hashes the whole text, and the UTF-8
     * copy of a 1 MB article was 4 MB of garbage per save while a checker types (issue 18).
     */
    static String sha256(String text) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate(HASH_BUFFER_BYTES);
        CoderResult result;
        do {
            result = encoder.encode(in, out, true);
            out.flip();
            digest.update(out);
            out.clear();
        } while (result.isOverflow());
        while (encoder.flush(out).isOverflow()) {
            out.flip();
            digest.update(out);
            out.clear();
        }
        out.flip();
        digest.update(out);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static final int HASH_BUFFER_BYTES = 16 * 1024;

    /** Applies {@code edits} to {@code text} as the editor did; null when one does not fit (a corrupt journal). */
    public static String replay(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text);
        for (Edit edit : edits) {
            if (edit.position() < 0 || edit.removed() < 0 || edit.position() + edit.removed() > out.length()) {
                return null;
            }
            out.replace(edit.position(), edit.position() + edit.removed(), edit.inserted());
        }
        return out.toString();
    }
}
