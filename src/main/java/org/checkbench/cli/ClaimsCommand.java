package org.checkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.checkbench.model.Claim;
import org.checkbench.service.ClaimService.NumberedClaim;
import org.checkbench.service.WorkspaceSession;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code checkbench claims --workspace W --article ID [--format tsv|json]}: every claim of an article. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"List an article's claims in the claim list's order (text order, orphans last).",
            "tsv: number, start, end, status, flags (changed, orphaned, or -), origin, evidence count, quote"
                    + " (tabs and line breaks as \\t and \\n). json: an array of objects with the same fields."})
public final class ClaimsCommand extends ArticleCommand {

    enum Format { TSV, JSON }

    @Option(names = "--format", paramLabel = "tsv|json", defaultValue = "tsv",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    int run(WorkspaceSession session, PrintWriter out, PrintWriter err) {
        List<NumberedClaim> claims = session.claims().numbered(articleId);
        if (format == Format.JSON) {
            out.println(json(claims));
        } else {
            for (NumberedClaim numbered : claims) {
                Claim claim = numbered.claim();
                out.println(String.join("\t", String.valueOf(numbered.number()), String.valueOf(claim.anchor().start()),
                        String.valueOf(claim.anchor().end()), claim.status(), flags(claim).isEmpty() ? "-" : String.join(",", flags(claim)),
                        origin(claim), String.valueOf(numbered.evidenceCount()), field(claim.quote())));
            }
        }
        return ExitCodes.OK;
    }

    private static String json(List<NumberedClaim> claims) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NumberedClaim numbered : claims) {
            Claim claim = numbered.claim();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", numbered.number());
            row.put("start", claim.anchor().start());
            row.put("end", claim.anchor().end());
            row.put("status", claim.status());
            row.put("flags", flags(claim));
            row.put("origin", origin(claim));
            row.put("evidence", numbered.evidenceCount());
            row.put("quote", claim.quote());
            rows.add(row);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claims could not be written as JSON", e);
        }
    }

    private static List<String> flags(Claim claim) {
        List<String> flags = new ArrayList<>();
        if (claim.changedSinceChecked()) {
            flags.add("changed");
        }
        if (claim.orphaned()) {
            flags.add("orphaned");
        }
        return flags;
    }

    private static String origin(Claim claim) {
        return claim.origin().kind().name().toLowerCase(Locale.ROOT);
    }
}
