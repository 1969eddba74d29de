package org.checkbench.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pays, once per process and off the export's clock, for what the first report would otherwise
 * pay (issue 18, ADR 0084): reading and parsing the bundled fonts, openhtmltopdf's and PDFBox's
 * classes and caches (CSS parser, font metrics, PDFBox's system font index, the sRGB profile),
 * ICU's bidi and shaping data, and enough of a render for the JIT to compile the layout and
 * drawing code. It renders a small report into memory and throws the bytes away: Latin always, and
 * each other script the report supports only when the article holds it (ADR 0148): a warm-up in
 * every script parsed the 4.6 MB Korean font and the emoji font for articles that never need them,
 * and its heap, metaspace and code stayed with the window.
 */
public final class ReportWarmUp {

    /**
     * Claims in the warm-up report, rendered {@link #RENDERS} times: as many claims go through the
     * JIT as in one 40-claim report (enough to compile the hot paths), while each render's document
     * holds a quarter of the heap (ADR 0148).
     */
    static final int CLAIMS = 5;
    static final int RENDERS = 8;

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ReportWarmUp() {
    }

    /**
     * Warms up on a daemon thread of the lowest priority, once per process (later calls do
     * nothing), for an article whose text {@code text} gives (null: every script). The text is read,
     * and its scripts found, on the warm-up's thread: a long article is not copied or scanned on the
     * caller's (the window's FX thread). {@code before} is asked on that thread before the text is
     * read and before each render, and false ends the warm-up there: the window waits in it until
     * detection is done and the checker rests (ADRs 0148, 0172). A failure is not the user's concern here: the real export reports its own.
     * {@code afterwards} then runs on the same thread (the window gives back the heap the render grew:
     * ADR 0146), whether the warm-up succeeded or not.
     */
    public static void startInBackground(java.util.function.Supplier<? extends CharSequence> text,
            java.util.function.BooleanSupplier before, Runnable afterwards) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        warmUpThread(text, before, afterwards).start();
    }

    /** The warm-up's thread, not started: renders, then runs {@code afterwards}. */
    static Thread warmUpThread(Runnable afterwards) {
        return warmUpThread(() -> null, () -> true, afterwards);
    }

    /** The window's warm-up thread, not started (see {@link #startInBackground}). */
    static Thread warmUpThread(java.util.function.Supplier<? extends CharSequence> text,
            java.util.function.BooleanSupplier before, Runnable afterwards) {
        Thread thread = new Thread(() -> {
            try {
                // Asked before the text is read, and before every render: the text's copy, its
                // scripts' scan and the report's classes come after the wait, never on top of the
                // detection after typing (ADR 0172), and a detection that starts meanwhile (a save)
                // finishes before the next render, so the two peaks do not stack (ADR 0148).
                if (before.getAsBoolean()) {
                    CheckReport report = sampleReport(scriptsOf(text.get()));
                    renderOnce(report);
                    for (int i = 1; i < RENDERS && before.getAsBoolean(); i++) {
                        renderOnce(report);
                    }
                }
            } catch (RuntimeException | Error e) {
                // Not shown: the first export then loads what it needs and reports any failure itself.
            }
            afterwards.run();
        }, "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    }

    /** Warms up on the calling thread in every script and returns when done. */
    public static void runNow() {
        render(sampleReport());
    }

    /**
     * Warms up on the calling thread for an article with {@code text}, as the window does, and
     * returns when done (the benchmark times this).
     */
    public static void runNow(CharSequence text) {
        render(sampleReport(scriptsOf(text)));
    }

    private static void render(CheckReport report) {
        for (int i = 0; i < RENDERS; i++) {
            renderOnce(report);
        }
    }

    private static void renderOnce(CheckReport report) {
        try {
            ReportRenderer.renderInMemory(report, ReportOptions.everything(), OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the warm-up renders besides Latin, each with its own fonts or shaping code. */
    enum Script {
        CYRILLIC, GREEK, ARABIC, HEBREW, KOREAN, EMOJI
    }

    /**
     * The scripts {@code text} holds (null: all of them). Korean stands for every character the Korean
     * font draws (Hangul, and the CJK ideographs it has too); emoji for the pictographic blocks.
     */
    static java.util.Set<Script> scriptsOf(CharSequence text) {
        java.util.Set<Script> found = java.util.EnumSet.noneOf(Script.class);
        if (text == null) {
            found.addAll(java.util.EnumSet.allOf(Script.class));
            return found;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x0370) {
                continue; // Latin: always warmed up
            }
            int codePoint = Character.isHighSurrogate(c) && i + 1 < text.length()
                    ? Character.toCodePoint(c, text.charAt(i + 1)) : c;
            Script script = scriptOf(codePoint);
            if (script != null) {
                found.add(script);
            }
        }
        return found;
    }

    private static Script scriptOf(int codePoint) {
        if (codePoint >= 0x1F000 && codePoint <= 0x1FAFF || codePoint >= 0x2600 && codePoint <= 0x27BF) {
            return Script.EMOJI;
        }
        return switch (Character.UnicodeScript.of(codePoint)) {
            case CYRILLIC -> Script.CYRILLIC;
            case GREEK -> Script.GREEK;
            case ARABIC -> Script.ARABIC;
            case HEBREW -> Script.HEBREW;
            case HANGUL, HAN -> Script.KOREAN;
            default -> null;
        };
    }

    /** A short article and claims in Latin, Cyrillic, Greek, Arabic, Hebrew, Korean and emoji. */
    static CheckReport sampleReport() {
        return sampleReport(java.util.EnumSet.allOf(Script.class));
    }

    /** A short article and claims in Latin and the given scripts. */
    static CheckReport sampleReport(java.util.Set<Script> scripts) {
        List<String> all = List.of(
                "The minister said on Tuesday that 11,000 soldiers had been sent \u2014 \u201Cnot one more\u201D.",
                "\u0423 \u041A\u0438\u0454\u0432\u0456 \u0437\u0430\u044F\u0432\u0438\u043B\u0438 \u043F\u0440\u043E 3 \u0442\u0438\u0441\u044F\u0447\u0456.",
                "\u039F \u03C5\u03C0\u03BF\u03C5\u03C1\u03B3\u03CC\u03C2 \u03B5\u03AF\u03C0\u03B5 \u03CC\u03C4\u03B9 \u03B7 \u03B1\u03CD\u03BE\u03B7\u03C3\u03B7 \u03AE\u03C4\u03B1\u03BD 4%.",
                "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0625\u0646 \u0627\u0644\u0639\u062F\u062F \u0628\u0644\u063A 12 \u0623\u0644\u0641\u0627.",
                "\u05D4\u05E9\u05E8 \u05D0\u05DE\u05E8 \u05E9\u05D4\u05DE\u05E1\u05E4\u05E8 \u05D4\u05D2\u05D9\u05E2 \u05DC-12 \u05D0\u05DC\u05E3.",
                "\uAE40\uC815\uC740 \uC704\uC6D0\uC7A5\uC740 **\uBD80\uB300**\uB97C \uBCF4\uB0C8\uB2E4\uACE0 \uBC1D\uD614\uB2E4.",
                "Troops were seen at the border \uD83C\uDDFA\uD83C\uDDE6 \uD83D\uDC4D.");
        // Latin first, then one line per Script, in the enum's order.
        List<String> lines = new ArrayList<>();
        lines.add(all.get(0));
        for (Script script : scripts) {
            lines.add(all.get(script.ordinal() + 1));
        }
        StringBuilder text = new StringBuilder();
        int count = Math.max(CLAIMS, lines.size()); // every line once at least
        List<ReportClaim> claims = new ArrayList<>(count);
        LocalDateTime at = LocalDateTime.of(2026, 1, 2, 10, 0);
        for (int n = 1; n <= count; n++) {
            String line = lines.get((n - 1) % lines.size());
            int start = text.length();
            text.append(line).append('\n');
            List<EvidenceLink> evidence = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int source = (n * 7 + i * 13) % 30 + 1;
                evidence.add(new EvidenceLink("S" + source, EvidenceLink.Stance.values()[(n + i) % 3],
                        "Source " + source, "Outlet", "Reporter", "2026", "https://example.org/" + source,
                        "https://web.archive.org/web/2026/https://example.org/" + source, "2 January 2026", "p. 3",
                        line, i == 0 ? "Checked." : "", "Document", source % 2 == 0 ? "Official figures." : "",
                        source % 4 == 0 ? List.of(new EvidenceLink.Attachment("f.pdf", "application/pdf", 1000,
                                "0".repeat(64), null)) : List.of()));
            }
            boolean correction = n % 4 == 1;
            ReportClaim.SignOff signOff = new ReportClaim.SignOff(true, correction
                    ? ReportClaim.Attention.CORRECTION_REQUIRED : null, "Checker", at,
                    List.of(new ReportClaim.VerdictStep("Unchecked", "Checker", at.minusDays(1)),
                            new ReportClaim.VerdictStep(correction ? "Needs correction" : "Confirmed", "Checker", at)),
                    false, n % 5 == 0 ? List.of("Only one independent source") : List.of());
            claims.add(new ReportClaim(n, start, start + line.length(), line,
                    correction ? "Needs correction" : "Confirmed", correction ? "#c62828" : "#2e7d32",
                    "Note " + n + ".", correction ? line : "", correction ? line + " (corrected)" : "",
                    n % 9 == 0, false, evidence, signOff));
        }
        CheckReport.SignOff signOff = new CheckReport.SignOff(1, at, List.of("Checker"), "Editor", null, "",
                "warm-up", "en");
        return new CheckReport(new CheckReport.ArticleInfo("Warm-up", "Outlet", "Author", "https://example.org", "2026"),
                "Checker", LocalDate.of(2026, 1, 2), "Newsroom statuses",
                List.of(new CheckReport.ScaleValue("Confirmed", "#2e7d32", true),
                        new CheckReport.ScaleValue("Needs correction", "#c62828", true)),
                text.toString(), claims, signOff);
    }
}
