package org.checkbench.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.checkbench.model.Article;
import org.checkbench.model.Claim;
import org.checkbench.model.Evidence;
import org.checkbench.model.EvidenceKind;
import org.checkbench.model.FactCheckPublication;
import org.checkbench.model.Stance;
import org.checkbench.model.VerdictScales;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.ArticleService;
import org.checkbench.service.ExportService;
import org.checkbench.service.ImportOptions;
import org.checkbench.service.ImportedFile;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;
import org.checkbench.service.TextCleanup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the newsroom formats: importing a 200-page Word draft (about 100,000 words: headings, bold,
 * lists, tables; budget 3 s, detection included) and every export of the sample article (budget
 * 1 s each). The first run in a JVM loads POI and Jackson, so it is reported apart from the median
 * of the warm runs.
 */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Time a 200-page .docx import (budget 3 s) and every export of the sample article (budget 1 s).")
public final class BenchFormatsCommand implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "5", description = "Warm runs per case (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--pages", defaultValue = "200", description = "Pages of the generated draft (default: ${DEFAULT-VALUE}).")
    int pages;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("checkbench-formats-bench");
        try {
            timeLongDraftImport(out, folder);
            timeSampleExports(out, folder);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return 0;
    }

    private void timeLongDraftImport(PrintWriter out, Path folder) throws IOException {
        try (WorkspaceSession session = new WorkspaceService(new AppDirectories(folder.resolve("data")),
                Clock.systemUTC(), "Bench Checker").open(folder.resolve("bench.checkbench"))) {
            Path draft = folder.resolve("long-draft.docx");
            int words = writeLongDraft(draft, pages);
            out.printf(Locale.ROOT, "generated %s: %d pages, %,d words, %,d KB%n", draft.getFileName(), pages, words,
                    Files.size(draft) / 1024);
            ArticleService articles = session.articles();
            ImportOptions options = articles.defaultImportOptions();
            time(out, "import " + pages + "-page .docx (read + detect + store)", 3.0, () -> {
                ImportedFile read = articles.readFile(draft);
                articles.importDocument(read, null, options, TextCleanup.NONE);
            });
            time(out, "  of which reading the .docx", 3.0, () -> articles.readFile(draft));
        }
    }

    /** The sample gets a workspace of its own, as on a first start. */
    private void timeSampleExports(PrintWriter out, Path folder) throws IOException {
        try (WorkspaceSession session = new WorkspaceService(new AppDirectories(folder.resolve("data")),
                Clock.systemUTC(), "Bench Checker").open(folder.resolve("sample.checkbench"))) {
            long sampleId = checkedSample(session);
            for (ExportService.Format format : ExportService.Format.values()) {
                Path exported = folder.resolve("sample." + format.name().toLowerCase(Locale.ROOT) + "." + format.extension());
                time(out, "export sample: " + format.label(), 1.0, () -> session.exports().export(sampleId, format, exported));
            }
            Path bundle = folder.resolve("sample.checkbench-bundle");
            time(out, "export sample: workspace bundle", 1.0, () -> session.bundles().export(List.of(sampleId), bundle));
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    private void time(PrintWriter out, String label, double budgetSeconds, Work work) throws IOException {
        long coldStart = System.nanoTime();
        work.run();
        double cold = (System.nanoTime() - coldStart) / 1e9;
        double[] warm = new double[Math.max(1, runs)];
        for (int i = 0; i < warm.length; i++) {
            long start = System.nanoTime();
            work.run();
            warm[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(warm);
        double median = warm[warm.length / 2];
        out.printf(Locale.ROOT, "%-58s cold %.3f s, warm median %.3f s (min %.3f, max %.3f); budget %.0f s: %s%n",
                label, cold, median, warm[0], warm[warm.length - 1], budgetSeconds,
                median < budgetSeconds ? "within" : "OVER");
    }

    /** The sample article on the public scale: claims rated, evidence linked, fact-check details set. */
    private static long checkedSample(WorkspaceSession session) {
        Article sample = session.articles().importSampleIfEmpty();
        long id = sample.id();
        Article onPublicScale = session.articles().updateDetails(sample.withScaleId(VerdictScales.PUBLIC_RATING.id())
                .withUrl("https://news.example/troops").withAuthor("Staff reporter").withPublishedDate(LocalDate.of(2024, 11, 1)));
        session.publications().savePublication(new FactCheckPublication(id, "Fact Desk", "https://factdesk.example",
                "https://factdesk.example/troops", LocalDate.of(2024, 11, 5)));
        String text = onPublicScale.currentText();
        String[] verdicts = {"true", "mostly-false", "false", "misleading", "half-true"};
        int claims = 0;
        int at = 0;
        while (claims < 12 && at < text.length()) {
            int end = text.indexOf('.', at + 20);
            if (end < 0) {
                break;
            }
            Claim claim = session.claims().mark(id, at, end + 1);
            session.claims().setStatus(claim.id(), verdicts[claims % verdicts.length]);
            session.claims().setNote(claim.id(), "Checked against the ministry's figures.");
            if (claims % 3 == 0) {
                session.claims().setCorrection(claim.id(), "A corrected wording for claim " + (claims + 1) + ".");
            }
            for (int e = 0; e < 2; e++) {
                Evidence source = session.evidence().create(Evidence.draft("Source " + claims + "-" + e,
                        EvidenceKind.WEB_PAGE, Instant.now()).withUrl("https://example.org/" + claims + "/" + e));
                session.evidence().link(claim.id(), source.id(), e == 0 ? Stance.SUPPORTS : Stance.REFUTES, "", "");
            }
            claims++;
            at = end + 1;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        return id;
    }

    /** A long Word draft: per page a heading, five paragraphs (~500 words) with bold, a list every other page, a table every tenth. */
    static int writeLongDraft(Path file, int pages) throws IOException {
        String[] vocabulary = ("the ministry said troops budget report according percent million officials region"
                + " government border statement data survey election court police deployed soldiers Kyiv Seoul")
                .split(" ");
        java.util.Random random = new java.util.Random(11);
        int words = 0;
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (int page = 1; page <= pages; page++) {
                XWPFParagraph heading = document.createParagraph();
                heading.setStyle("Heading2");
                heading.createRun().setText("Section " + page);
                for (int p = 0; p < 5; p++) {
                    XWPFParagraph paragraph = document.createParagraph();
                    StringBuilder sentence = new StringBuilder();
                    for (int w = 0; w < 98; w++) {
                        sentence.append(w == 0 ? "The" : vocabulary[random.nextInt(vocabulary.length)]);
                        sentence.append(w % 14 == 13 ? ". " : " ");
                    }
                    words += 98;
                    XWPFRun run = paragraph.createRun();
                    run.setText(sentence.toString());
                    XWPFRun bold = paragraph.createRun();
                    bold.setBold(true);
                    bold.setText(" " + (1000 + page) + " troops.");
                    words += 2;
                }
                if (page % 2 == 0) {
                    for (String item : List.of("first point of the list", "second point of the list")) {
                        document.createParagraph().createRun().setText("• " + item);
                        words += 5;
                    }
                }
                if (page % 10 == 0) {
                    XWPFTable table = document.createTable(3, 3);
                    table.getRow(0).getCell(0).setText("Year");
                    words += 1;
                }
                document.createParagraph().setPageBreak(true);
            }
            document.write(out);
        }
        return words;
    }
}
