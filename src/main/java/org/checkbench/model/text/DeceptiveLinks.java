package org.checkbench.model.text;

import java.net.IDN;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;

/**
 * The one check for web addresses that do not go where they seem to (ADR 0132), used wherever an
 * address becomes a link: the report's clickable links, the app's Open page, the evidence lists.
 * It looks for what fact-checkers meet in phishing and in doctored sources:
 * <ul>
 * <li>a site name mixing scripts ({@code exаmple.com} with a Cyrillic а), or written wholly in
 * letters that pass for Latin ones (Unicode's confusables, through ICU's {@link SpoofChecker});</li>
 * <li>a character that looks like "/", "?", "#", "@", ":" or "." inside the site name
 * ({@code example.com⁄evil.com} is one site name, {@code evil.com}'s subdomain);</li>
 * <li>a user name before "@" ({@code https://example.com@evil.com} opens evil.com);</li>
 * <li>invisible or reordering characters anywhere in the address.</li>
 * </ul>
 * Plain international names in one script ({@code https://київ.укр}) pass.
 */
public final class DeceptiveLinks {

    private static final String DELIMITERS = "/\\?#@:.";

    private DeceptiveLinks() {
    }

    /** Why {@code address} may open another site than it seems to, or empty when nothing is odd. */
    public static Optional<String> warning(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = address.strip();
        Optional<String> invisible = invisibleCharacters(text);
        if (invisible.isPresent()) {
            return invisible;
        }
        String authority = authority(text);
        if (authority == null) {
            return Optional.empty();
        }
        int at = authority.lastIndexOf('@');
        String host = hostOf(authority.substring(at + 1));
        if (at >= 0 && text.toLowerCase(Locale.ROOT).matches("^https?:.*")) {
            return Optional.of("The address starts with “" + authority.substring(0, at) + "@”, which is not a site name:"
                    + " it opens " + asciiForm(host) + ".");
        }
        return hostWarning(host);
    }

    /** True when {@code address} may become a link: http, https or mailto, and no {@link #warning}. */
    public static boolean isClickable(String address) {
        if (address == null) {
            return false;
        }
        String text = address.strip();
        return text.matches("(?i)(https?://|mailto:)[^\\s\\p{Cc}]+") && warning(text).isEmpty();
    }

    /**
     * The address with its site name in the form the browser looks up (xn-- for international
     * names), so {@link java.net.URI} can parse it; unchanged when it has no site name or the name
     * cannot be converted.
     */
    public static String withAsciiHost(String address) {
        String text = address.strip();
        String authority = authority(text);
        int slashes = text.indexOf("://");
        if (authority == null || slashes < 0) {
            return text;
        }
        int at = authority.lastIndexOf('@');
        String host = hostOf(authority.substring(at + 1));
        if (host.isEmpty() || host.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            int hostStart = slashes + 3 + at + 1;
            return text.substring(0, hostStart) + ascii + text.substring(hostStart + host.length());
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** The site name as the browser will look it up (international names in their xn-- form). */
    public static String asciiForm(String host) {
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return host;
        }
    }

    private static Optional<String> invisibleCharacters(String text) {
        Set<String> found = new LinkedHashSet<>();
        text.codePoints().forEach(c -> {
            if (BidiControls.isControl(c)) {
                found.add(BidiControls.nameOf(c));
            } else if (Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL) {
                found.add(String.format("U+%04X", c));
            }
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The address holds invisible characters (" + String.join(", ", found)
                + ") that change how it reads: " + BidiControls.visible(text) + ".");
    }

    /** What lies between "scheme://" and the path, or the domain of a mailto: address; null if none. */
    private static String authority(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:")) {
            int at = text.lastIndexOf('@');
            return at < 0 ? null : cut(text.substring(at + 1), "?#");
        }
        int slashes = text.indexOf("://");
        if (slashes < 0) {
            return null;
        }
        return cut(text.substring(slashes + 3), "/?#\\");
    }

    private static String hostOf(String hostAndPort) {
        if (hostAndPort.startsWith("[")) {
            return hostAndPort; // an IPv6 address
        }
        int colon = hostAndPort.lastIndexOf(':');
        return colon >= 0 && hostAndPort.substring(colon + 1).matches("\\d*") ? hostAndPort.substring(0, colon) : hostAndPort;
    }

    private static String cut(String text, String stops) {
        for (int i = 0; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static Optional<String> hostWarning(String host) {
        SpoofChecker checker = Checkers.HOST_LABELS;
        for (int i = 0; i < host.length(); ) {
            int c = host.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80 || Character.isLetterOrDigit(c) || c == '\u3002' || c == '\uFF0E' || c == '\uFF61') {
                continue;
            }
            String skeleton = checker.getSkeleton(new String(Character.toChars(c)));
            if (skeleton.length() == 1 && DELIMITERS.indexOf(skeleton.charAt(0)) >= 0) {
                return Optional.of("The site name “" + host + "” holds “" + new String(Character.toChars(c))
                        + "” (" + String.format("U+%04X", c) + "), which looks like “" + skeleton + "” but is part of the"
                        + " name: the address opens " + asciiForm(host) + ", not the site it seems to.");
            }
        }
        for (String rawLabel : host.split("[.\u3002\uFF0E\uFF61]")) {
            String label = rawLabel.toLowerCase(Locale.ROOT).startsWith("xn--") ? unicodeForm(rawLabel) : rawLabel;
            if (label.chars().allMatch(c -> c < 0x80)) {
                continue;
            }
            SpoofChecker.CheckResult result = new SpoofChecker.CheckResult();
            if (checker.failsChecks(label, result)) {
                return Optional.of("The site name “" + host + "” mixes " + scripts(label) + " letters in “" + label
                        + "”: it can pass for “" + looksLike(host) + "” but opens " + asciiForm(host) + ".");
            }
            String skeleton = checker.getSkeleton(label).toLowerCase(Locale.ROOT);
            if (!skeleton.equals(label.toLowerCase(Locale.ROOT)) && skeleton.matches("[a-z0-9-]+")) {
                return Optional.of("The site name “" + host + "” is written in " + scripts(label) + " letters that"
                        + " pass for “" + looksLike(host) + "”: it opens " + asciiForm(host) + ".");
            }
        }
        return Optional.empty();
    }

    private static String unicodeForm(String label) {
        try {
            return IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return label;
        }
    }

    /**
     * What the whole name looks like to a reader: each character that is not ASCII replaced by the
     * ASCII one it passes for (skeletons compare names; "m" itself would become "rn" in one).
     */
    private static String looksLike(String host) {
        StringBuilder out = new StringBuilder();
        for (String label : host.split("[.\u3002\uFF0E\uFF61]")) {
            String unicode = label.toLowerCase(Locale.ROOT).startsWith("xn--") ? unicodeForm(label) : label;
            out.append(out.length() == 0 ? "" : ".");
            unicode.codePoints().forEach(c -> {
                String ch = new String(Character.toChars(c));
                out.append(c < 0x80 ? ch : Checkers.HOST_LABELS.getSkeleton(ch).toLowerCase(Locale.ROOT));
            });
        }
        return out.toString();
    }

    private static String scripts(String label) {
        Set<String> names = new LinkedHashSet<>();
        label.codePoints().forEach(c -> {
            int script = UScript.getScript(c);
            if (script != UScript.COMMON && script != UScript.INHERITED) {
                names.add(UScript.getName(script));
            }
        });
        return String.join(" and ", names);
    }

    /** Built on first use: the confusables data is loaded only when an address is checked. */
    private static final class Checkers {
        static final SpoofChecker HOST_LABELS = new SpoofChecker.Builder()
                .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.INVISIBLE | SpoofChecker.MIXED_NUMBERS)
                .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
                .build();
    }
}
