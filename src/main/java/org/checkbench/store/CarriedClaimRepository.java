package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.checkbench.model.CarriedClaim;
import org.checkbench.model.CarriedClaim.Outcome;
import org.checkbench.model.CarriedClaim.Place;

/** What became of each claim at each new revision. Written once per revision, never changed. */
public final class CarriedClaimRepository {

    private static final String COLUMNS = "revision_id, claim_id, outcome, old_start, old_end, new_start, new_end,"
            + " similarity, old_quote, new_quote, candidates";

    private final Database db;

    CarriedClaimRepository(Database db) {
        this.db = db;
    }

    public void insertAll(List<CarriedClaim> carried) {
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO carried_claim (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (CarriedClaim c : carried) {
                    ps.setLong(1, c.revisionId());
                    ps.setLong(2, c.claimId());
                    ps.setString(3, c.outcome().name());
                    ps.setInt(4, c.oldStart());
                    ps.setInt(5, c.oldEnd());
                    if (c.isOrphaned()) {
                        ps.setNull(6, Types.INTEGER);
                        ps.setNull(7, Types.INTEGER);
                    } else {
                        ps.setInt(6, c.newStart());
                        ps.setInt(7, c.newEnd());
                    }
                    ps.setDouble(8, c.similarity());
                    ps.setString(9, c.oldQuote());
                    SqlValues.setText(ps, 10, c.newQuote());
                    ps.setString(11, encode(c.candidates()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The outcomes of carrying an article's claims into one revision. */
    public List<CarriedClaim> forRevision(long revisionId) {
        return query("WHERE revision_id = ? ORDER BY claim_id", revisionId);
    }

    /** One claim's outcomes, oldest revision first. */
    public List<CarriedClaim> forClaim(long claimId) {
        return query("WHERE claim_id = ? ORDER BY revision_id", claimId);
    }

    private List<CarriedClaim> query(String where, long parameter) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM carried_claim " + where)) {
                ps.setLong(1, parameter);
                return SqlValues.list(ps, CarriedClaimRepository::map);
            }
        });
    }

    private static CarriedClaim map(ResultSet rs) throws SQLException {
        int newStart = rs.getInt("new_start");
        boolean orphaned = rs.wasNull();
        return new CarriedClaim(rs.getLong("revision_id"), rs.getLong("claim_id"), Outcome.valueOf(rs.getString("outcome")),
                rs.getInt("old_start"), rs.getInt("old_end"), orphaned ? -1 : newStart,
                orphaned ? -1 : rs.getInt("new_end"), rs.getDouble("similarity"), rs.getString("old_quote"),
                rs.getString("new_quote"), decode(rs.getString("candidates")));
    }

    /** Candidate places as "start-end;start-end". */
    static String encode(List<Place> places) {
        StringBuilder text = new StringBuilder();
        for (Place place : places) {
            text.append(text.length() == 0 ? "" : ";").append(place.start()).append('-').append(place.end());
        }
        return text.toString();
    }

    static List<Place> decode(String text) {
        List<Place> places = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return places;
        }
        for (String part : text.split(";")) {
            int dash = part.indexOf('-');
            places.add(new Place(Integer.parseInt(part.substring(0, dash)), Integer.parseInt(part.substring(dash + 1))));
        }
        return places;
    }
}
