package org.checkbench.model;

/**
 * One row changed on a team workspace's server, as its trigger announced it (ADR 0123).
 *
 * @param table     the table: claim, claim_evidence, evidence, article, history, review_event, ...
 * @param operation INSERT, UPDATE or DELETE
 * @param rowId     the row's id (a link's claim id); 0 when the row has none
 * @param articleId the article the row belongs to; 0 for the shared library (evidence)
 * @param by        the database role that made the change
 * @param atMillis  when the change was made (epoch milliseconds) for rows that record it (history,
 *                  review steps); 0 for the others
 */
public record TeamChange(String table, String operation, long rowId, long articleId, String by, long atMillis) {
}
