package org.checkbench.report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks a PDF with veraPDF's validation library (offline, at test scope only): PDF/A as the file
 * declares it (2-A or 3-A) and PDF/UA-1. Also a command: {@code scripts/validate-report.sh FILE.pdf}
 * prints the verdict of both profiles and every failed rule.
 */
public final class PdfValidator {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** One profile's verdict: compliant or not, and each failed rule with how often it failed. */
    public record Verdict(String profile, boolean compliant, Map<String, String> failedRules) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(profile).append(": ").append(compliant ? "PASS" : "FAIL");
            failedRules.forEach((rule, text) -> out.append(System.lineSeparator()).append("  ").append(rule)
                    .append(' ').append(text));
            return out.toString();
        }
    }

    private PdfValidator() {
    }

    /** PDF/A in the flavour the file declares, then PDF/UA-1. */
    public static List<Verdict> validate(Path pdf) throws Exception {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(validate(pdf, null));
        verdicts.add(validate(pdf, PDFAFlavour.PDFUA_1));
        return verdicts;
    }

    /** @param flavour null: the PDF/A part and level the file's metadata declares */
    public static Verdict validate(Path pdf, PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = flavour == null ? Foundries.defaultInstance().createParser(in)
                     : Foundries.defaultInstance().createParser(in, flavour)) {
            PDFAFlavour used = flavour == null ? parser.getFlavour() : flavour;
            PDFAValidator validator = Foundries.defaultInstance().createValidator(used, false);
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    counts.merge(rule, 1, Integer::sum);
                    failed.put(rule, "(" + counts.get(rule) + "\u00D7) " + assertion.getMessage());
                }
            }
            return new Verdict(used.getId(), result.isCompliant(), failed);
        }
    }

    /** Prints the verdicts of each file given; exits 1 when any file fails. */
    public static void main(String[] args) throws Exception {
        boolean allPass = true;
        for (String file : args) {
            System.out.println(file);
            for (Verdict verdict : validate(Path.of(file))) {
                System.out.println("  " + verdict.toString().replace(System.lineSeparator(), System.lineSeparator() + "  "));
                allPass &= verdict.compliant();
            }
        }
        System.exit(allPass ? 0 : 1);
    }

}
