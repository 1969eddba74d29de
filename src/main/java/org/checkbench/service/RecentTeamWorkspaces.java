package org.checkbench.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.checkbench.model.TeamServer;

/**
 * The team workspaces connected to lately, newest first, beside the recent files: one line each,
 * {@code host<TAB>port<TAB>database<TAB>user<TAB>tls}. No password is ever written (ADR 0124).
 */
public final class RecentTeamWorkspaces {

    private final Path listFile;

    public RecentTeamWorkspaces(AppDirectories directories) {
        this.listFile = directories.dataDirectory().resolve("recent-team-workspaces.txt");
    }

    /** The list, newest first; a missing list or a line that does not read is left out. */
    public synchronized List<TeamServer> list() {
        if (!Files.isRegularFile(listFile)) {
            return List.of();
        }
        try {
            List<TeamServer> servers = new ArrayList<>();
            for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t");
                if (fields.length == 5) {
                    try {
                        servers.add(new TeamServer(fields[0], Integer.parseInt(fields[1]), fields[2], fields[3],
                                TeamServer.Tls.fromSslMode(fields[4])));
                    } catch (IllegalArgumentException ignored) {
                        // A hand-edited line: skip it rather than lose the rest.
                    }
                }
            }
            return List.copyOf(servers);
        } catch (IOException e) {
            return List.of();
        }
    }

    public synchronized void add(TeamServer server) {
        List<TeamServer> servers = new ArrayList<>(list());
        servers.remove(server);
        servers.add(0, server);
        StringBuilder text = new StringBuilder();
        servers.stream().limit(RecentWorkspaces.MAX_ENTRIES).forEach(s -> text.append(s.host()).append('\t')
                .append(s.port()).append('\t').append(s.database()).append('\t').append(s.user()).append('\t')
                .append(s.tls().sslMode()).append('\n'));
        SettingsFiles.replaceQuietly(listFile, text.toString());
    }
}
