package org.checkbench.model;

/** What sort of source an evidence entry is. */
public enum EvidenceKind {
    WEB_PAGE("Web page"),
    DOCUMENT("Document"),
    DATASET("Dataset"),
    INTERVIEW("Interview"),
    EMAIL("Email"),
    BOOK("Book"),
    SOCIAL_MEDIA_POST("Social media post"),
    IMAGE_VIDEO("Image or video"),
    OTHER("Other");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
