package org.checkbench.io.bundle;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The form of a web address two evidence entries are compared by when a bundle is imported: scheme
 * and host in lower case, "www." and the default port dropped, no fragment, no trailing slash, and
 * no tracking parameters (utm_*, fbclid, gclid). "HTTPS://www.Example.org/a/?utm_source=x#top" and
 * "https://example.org/a" are the same source.
 */
public final class EvidenceUrls {

    private EvidenceUrls() {
    }

    /** The comparison key, or null for a blank or unparseable address. */
    public static String key(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            List<String> kept = new ArrayList<>();
            if (uri.getRawQuery() != null) {
                for (String parameter : uri.getRawQuery().split("&")) {
                    String lower = parameter.toLowerCase(Locale.ROOT);
                    if (!parameter.isEmpty() && !lower.startsWith("utm_") && !lower.startsWith("fbclid=")
                            && !lower.startsWith("gclid=")) {
                        kept.add(parameter);
                    }
                }
            }
            // http and https name the same source.
            String normalScheme = scheme.equals("http") ? "https" : scheme;
            return normalScheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                    + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        } catch (URISyntaxException e) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
    }
}
