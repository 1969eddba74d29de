package org.checkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.checkbench.model.TeamRole;

import org.postgresql.PGConnection;

/**
 * The grants and row-level security policies behind {@link TeamRole} (ADR 0126), set up by
 * {@code checkbench team init}; running it again (after an upgrade adds tables) is harmless.
 * <ul>
 * <li>Everyone reads everything; nobody but an admin changes or deletes history or review steps.</li>
 * <li>Checkers write claims and their links, notes, attributions, suggestions, vectors and new
 * articles, evidence and revisions, but delete only what belongs to a claim.</li>
 * <li>Only reviewers (and admins) may record an approval or a return: a policy on review_event.</li>
 * <li>Only admins delete articles, evidence, revisions, and import or remove fact-check collections.</li>
 * </ul>
 */
final class TeamRoles {

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** Rows that go with a claim or are remade by the app: a checker may delete them. */
    private static final List<String> CHECKER_DELETES = List.of("claim", "claim_evidence", "claim_attribution",
            "suggestion", "dismissed_suggestion", "text_vector", "carried_claim", "attachment", "attachment_content",
            "fact_check_publication", "article_text_choice", "bundle_import");

    private TeamRoles() {
    }

    static List<String> setUpStatements() {
        List<String> sql = new ArrayList<>();
        for (TeamRole role : TeamRole.values()) {
            sql.add("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role.groupRole()
                    + "') THEN CREATE ROLE " + role.groupRole() + " NOLOGIN; END IF; END $$");
        }
        sql.add("GRANT " + TeamRole.CHECKER.groupRole() + " TO " + TeamRole.REVIEWER.groupRole());
        sql.add("GRANT " + TeamRole.REVIEWER.groupRole() + " TO " + TeamRole.ADMIN.groupRole());
        String checker = TeamRole.CHECKER.groupRole();
        String admin = TeamRole.ADMIN.groupRole();
        sql.add("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC");
        sql.add("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + checker);
        sql.add("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + checker);
        sql.add("GRANT INSERT, UPDATE ON article, revision, revision_info, revision_source, claim, claim_evidence,"
                + " claim_attribution, evidence, attachment, attachment_content, suggestion, dismissed_suggestion,"
                + " text_vector, carried_claim, fact_check_publication, article_text_choice, bundle_import TO " + checker);
        sql.add("GRANT INSERT ON history, review_event TO " + checker);
        // Whoever edits an article's text takes, renews and gives back its lock (ADR 0150).
        sql.add("GRANT INSERT, UPDATE, DELETE ON article_text_lock TO " + checker);
        sql.add("GRANT DELETE ON " + String.join(", ", CHECKER_DELETES) + " TO " + checker);
        sql.add("GRANT ALL ON ALL TABLES IN SCHEMA public TO " + admin);
        sql.add("REVOKE INSERT, UPDATE, DELETE ON checkbench_meta FROM " + admin);
        sql.add("ALTER TABLE review_event ENABLE ROW LEVEL SECURITY");
        sql.add("DROP POLICY IF EXISTS review_event_read ON review_event");
        sql.add("CREATE POLICY review_event_read ON review_event FOR SELECT USING (true)");
        sql.add("DROP POLICY IF EXISTS review_event_send ON review_event");
        sql.add("CREATE POLICY review_event_send ON review_event FOR INSERT TO " + checker
                + " WITH CHECK (action = 'SENT_FOR_REVIEW' AND who = session_user)");
        sql.add("DROP POLICY IF EXISTS review_event_decide ON review_event");
        sql.add("CREATE POLICY review_event_decide ON review_event FOR INSERT TO " + TeamRole.REVIEWER.groupRole()
                + " WITH CHECK (who = session_user)");
        sql.add("DROP POLICY IF EXISTS review_event_admin ON review_event");
        sql.add("CREATE POLICY review_event_admin ON review_event FOR ALL TO " + admin + " USING (true) WITH CHECK (true)");
        return sql;
    }

    static void setUp(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : setUpStatements()) {
                statement.execute(sql);
            }
        }
    }

    /**
     * Makes {@code user} a member with {@code role}, creating the login role if it is new. The
     * password is hashed by the driver before it leaves this computer (SCRAM), never sent as text.
     */
    static void addMember(Connection connection, String user, TeamRole role, char[] password) throws SQLException {
        if (!ROLE_NAME.matcher(user).matches()) {
            throw new IllegalArgumentException("'" + user + "' cannot be a user name on the server: use lower-case"
                    + " letters, digits and _ (starting with a letter), at most 63 characters");
        }
        boolean exists;
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        try (Statement statement = connection.createStatement()) {
            if (!exists) {
                statement.execute("CREATE ROLE " + user + " LOGIN");
            }
            for (TeamRole other : TeamRole.values()) {
                statement.execute("REVOKE " + other.groupRole() + " FROM " + user);
            }
            statement.execute("GRANT " + role.groupRole() + " TO " + user);
        }
        if (password != null && password.length > 0) {
            connection.unwrap(PGConnection.class).alterUserPassword(user, password,
                    "scram-sha-256");
        }
    }
}
