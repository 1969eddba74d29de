package org.checkbench.io.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.checkbench.model.Attachment;
import org.checkbench.model.RevisionSource;

/**
 * The {@code .checkbench-bundle} file: a ZIP holding {@code manifest.json}, one
 * {@code articles/N.json} per article, {@code evidence.json}, and {@code files/SHA-256} for every
 * attached or imported file. Reading checks everything before anything is handed on: the format
 * and version, every JSON part, every file against its checksum, and sizes against limits that
 * stop a ZIP bomb.
 */
public final class BundleFormat {

    public static final String EXTENSION = ".checkbench-bundle";
    static final String FORMAT = "checkbench-bundle";
    /** Bumped when an older Checkbench could no longer read a bundle correctly. */
    public static final int VERSION = 1;

    private static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    private static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    private static final int MAX_ENTRIES = 200_000;

    private BundleFormat() {
    }

    /** Told after each part of the bundle is written; a runtime exception thrown there (a cancel) stops the writing. */
    @FunctionalInterface
    public interface PartsWritten {
        void written(int parts, int total);
    }

    public static void write(List<BundleArticle> articles, List<BundledEvidence> evidence, Map<String, byte[]> files,
                             String application, Instant created, OutputStream out) throws IOException {
        write(articles, evidence, files, application, created, out, (parts, total) -> { });
    }

    public static void write(List<BundleArticle> articles, List<BundledEvidence> evidence, Map<String, byte[]> files,
                             String application, Instant created, OutputStream out, PartsWritten progress)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<String> articleFiles = new ArrayList<>();
        // Articles, the evidence list, the files, the manifest.
        int total = articles.size() + 1 + files.size() + 1;
        int parts = 0;
        for (int i = 0; i < articles.size(); i++) {
            String name = "articles/" + (i + 1) + ".json";
            articleFiles.add(name);
            put(zip, name, BundleJson.MAPPER.writeValueAsBytes(articles.get(i)));
            progress.written(++parts, total);
        }
        put(zip, "evidence.json", BundleJson.MAPPER.writeValueAsBytes(evidence));
        progress.written(++parts, total);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            put(zip, "files/" + file.getKey(), file.getValue());
            progress.written(++parts, total);
        }
        ObjectNode manifest = BundleJson.MAPPER.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("version", VERSION);
        manifest.put("created", created.toString());
        manifest.put("application", application);
        manifest.putPOJO("articles", articleFiles);
        put(zip, "manifest.json", BundleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.finish();
        progress.written(total, total);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Reads and checks a whole bundle; throws {@link BundleException} with the reason when it cannot be used. */
    public static Bundle read(InputStream in, String name) {
        Map<String, byte[]> entries = unzip(in, name);
        byte[] manifestBytes = entries.get("manifest.json");
        if (manifestBytes == null) {
            throw new BundleException(name + " is not a Checkbench bundle (it has no manifest.json).");
        }
        JsonNode manifest = json(manifestBytes, name, "manifest.json");
        if (!FORMAT.equals(manifest.path("format").asText())) {
            throw new BundleException(name + " is not a Checkbench bundle.");
        }
        int version = manifest.path("version").asInt(-1);
        if (version > VERSION) {
            throw new BundleException(name + " was made by a newer Checkbench (bundle version " + version
                    + "; this one reads up to " + VERSION + "). Update Checkbench to import it.");
        }
        if (version < 1) {
            throw new BundleException(name + " is damaged: its manifest has no valid version.");
        }
        List<Bundle.Keyed> articles = new ArrayList<>();
        for (JsonNode file : manifest.path("articles")) {
            byte[] bytes = entries.get(file.asText());
            if (bytes == null) {
                throw damaged(name, "it lists " + file.asText() + " but does not contain it");
            }
            BundleArticle article = parse(bytes, name, file.asText(), new TypeReference<BundleArticle>() { });
            articles.add(new Bundle.Keyed(sha256(bytes), article));
        }
        byte[] evidenceBytes = entries.get("evidence.json");
        List<BundledEvidence> evidence = evidenceBytes == null ? List.of()
                : parse(evidenceBytes, name, "evidence.json", new TypeReference<List<BundledEvidence>>() { });
        Map<String, byte[]> files = new HashMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().startsWith("files/")) {
                String sha = entry.getKey().substring("files/".length());
                if (!sha.equals(sha256(entry.getValue()))) {
                    throw damaged(name, "the file " + entry.getKey() + " does not match its checksum");
                }
                files.put(sha, entry.getValue());
            }
        }
        checkFilesPresent(name, articles, evidence, files);
        Instant created;
        try {
            created = Instant.parse(manifest.path("created").asText());
        } catch (RuntimeException e) {
            throw damaged(name, "its creation time is unreadable");
        }
        return new Bundle(version, created, manifest.path("application").asText(""), articles, evidence, files);
    }

    private static void checkFilesPresent(String name, List<Bundle.Keyed> articles, List<BundledEvidence> evidence,
                                          Map<String, byte[]> files) {
        for (Bundle.Keyed keyed : articles) {
            for (RevisionSource source : keyed.article().sources()) {
                if (!files.containsKey(source.sha256())) {
                    throw damaged(name, "the imported file " + source.fileName() + " is missing");
                }
            }
        }
        for (BundledEvidence entry : evidence) {
            for (Attachment attachment : entry.attachments()) {
                if (!files.containsKey(attachment.sha256())) {
                    throw damaged(name, "the attachment " + attachment.fileName() + " is missing");
                }
            }
        }
    }

    private static Map<String, byte[]> unzip(InputStream in, String name) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw damaged(name, "it holds more than " + MAX_ENTRIES + " parts");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int read;
                long size = 0;
                while ((read = zip.read(buffer)) > 0) {
                    size += read;
                    total += read;
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        throw new BundleException(name + " expands to more data than any bundle holds (it may be a"
                                + " \"zip bomb\"), so Checkbench did not import it.");
                    }
                    content.write(buffer, 0, read);
                }
                entries.put(entry.getName(), content.toByteArray());
            }
        } catch (ZipException e) {
            throw damaged(name, "it is not a readable ZIP file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BundleException("Checkbench could not read " + name + " (" + e.getMessage() + ").", e);
        }
        if (entries.isEmpty()) {
            throw new BundleException(name + " is not a Checkbench bundle (it is empty or not a ZIP file).");
        }
        return entries;
    }

    private static JsonNode json(byte[] bytes, String name, String part) {
        try {
            return BundleJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw damaged(name, part + " is not valid JSON");
        }
    }

    private static <T> T parse(byte[] bytes, String name, String part, TypeReference<T> type) {
        try {
            T value = BundleJson.MAPPER.readValue(bytes, type);
            if (value == null) {
                throw damaged(name, part + " is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw damaged(name, part + " cannot be read (" + e.getOriginalMessage() + ")");
        } catch (IOException | RuntimeException e) {
            if (e instanceof BundleException bundleException) {
                throw bundleException;
            }
            throw damaged(name, part + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static BundleException damaged(String name, String why) {
        return new BundleException(name + " is damaged: " + why + ". Nothing was imported; ask for the bundle again.");
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * True for a file named {@code .checkbench-bundle} or a ZIP holding a bundle manifest, so commands
     * that take articles and bundles tell them apart by content as well as by name.
     */
    public static boolean isBundle(java.nio.file.Path file) {
        if (String.valueOf(file.getFileName()).endsWith(EXTENSION)) {
            return true;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            return false; // a pipe would block the peek below; the import refuses it with a message
        }
        try (ZipInputStream zip = new ZipInputStream(java.nio.file.Files.newInputStream(file))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 10_000) {
                if (entry.getName().equals("manifest.json")) {
                    return new String(zip.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8).contains(FORMAT);
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
