package org.checkbench.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats an article can arrive in. Stored by name with each imported revision. */
public enum DocumentFormat {
    TEXT("Plain text", "text/plain", List.of("txt", "text")),
    DOCX("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx", "docm")),
    ODT("OpenDocument text", "application/vnd.oasis.opendocument.text", List.of("odt")),
    RTF("Rich Text Format", "application/rtf", List.of("rtf")),
    HTML("Web page", "text/html", List.of("html", "htm", "xhtml")),
    MARKDOWN("Markdown", "text/markdown", List.of("md", "markdown"));

    private final String label;
    private final String mediaType;
    private final List<String> extensions;

    DocumentFormat(String label, String mediaType, List<String> extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name's extension suggests, if any (the content decides in the end). */
    public static Optional<DocumentFormat> byExtension(String fileName) {
        String ext = extensionOf(fileName);
        for (DocumentFormat format : values()) {
            if (format.extensions.contains(ext)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** A stored name back to the format; unknown names (a newer version's) read as plain text. */
    public static DocumentFormat fromName(String name) {
        for (DocumentFormat format : values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        return TEXT;
    }

    static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
