package org.checkbench.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.checkbench.model.text.DeceptiveLinks;

/**
 * What counts as a web address Checkbench will store as a source or hand to the system browser:
 * http and https only. A {@code javascript:} or {@code file:} link pasted from a page could run
 * code or open a local program, so it is refused with a message the checker can act on.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /** Why {@code text} is not an acceptable http/https address, or empty when it is. Blank text is a problem too. */
    public static Optional<String> problemWith(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.of("The address is empty.");
        }
        int colon = trimmed.indexOf(':');
        String scheme = colon > 0 ? trimmed.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            String shown = scheme.isEmpty() ? "no scheme" : "“" + scheme + ":”";
            return Optional.of("Only web addresses starting with http:// or https:// can be used (this one has "
                    + shown + ").");
        }
        try {
            // International site names (київ.укр) are parsed in the xn-- form the browser uses.
            URI uri = new URI(DeceptiveLinks.withAsciiHost(trimmed));
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("The address has no host name after “" + scheme + "://”.");
            }
        } catch (URISyntaxException e) {
            return Optional.of("This is not a valid web address: " + e.getReason() + ".");
        }
        return Optional.empty();
    }

    /**
     * Why an acceptable address may still open another site than it seems to (a look-alike site
     * name, a slash that is not one, hidden characters), or empty; the same check the report uses
     * before making a link clickable (ADR 0132).
     */
    public static Optional<String> deceptionIn(String text) {
        return DeceptiveLinks.warning(text);
    }

    public static boolean isAcceptable(String text) {
        return problemWith(text).isEmpty();
    }

    /**
     * True when pasted or dropped text is meant as a single address (so the panel creates an entry
     * from it) rather than a sentence that happens to contain one.
     */
    public static boolean looksLikeAddress(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.strip();
        return !trimmed.isEmpty() && trimmed.chars().noneMatch(Character::isWhitespace)
                && trimmed.matches("(?i)[a-z][a-z0-9+.-]*:.+");
    }
}
