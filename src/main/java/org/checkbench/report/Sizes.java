package org.checkbench.report;

import java.util.Locale;

/** File sizes as people read them: "812 bytes", "12.4 KB", "3.1 MB". */
final class Sizes {

    private Sizes() {
    }

    static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
