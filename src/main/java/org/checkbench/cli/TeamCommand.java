package org.checkbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.checkbench.model.TeamRole;
import org.checkbench.model.TeamServer;
import org.checkbench.service.AppDirectories;
import org.checkbench.service.WorkspaceCopy;
import org.checkbench.service.WorkspaceService;
import org.checkbench.service.WorkspaceSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code checkbench team init | add-user}: how a newsroom sets up a team workspace on its PostgreSQL
 * server (README, docs/team.md). Run as the database's owner; the password is asked, or read from
 * standard input with {@code --password-stdin} for scripts, never taken as an argument.
 */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "Set up a team workspace on a PostgreSQL server and add the desk's members.",
        subcommands = {TeamCommand.Init.class, TeamCommand.AddUser.class, TeamCommand.CopyIn.class,
            TeamCommand.CopyOut.class})
public final class TeamCommand {

    /** One reader for all prompts: a second reader on System.in would miss lines the first buffered. */
    private static BufferedReader stdin;
    private static java.io.InputStream stdinSource;

    private static synchronized String readLine() throws IOException {
        if (stdin == null || stdinSource != System.in) {
            stdinSource = System.in;
            stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return stdin.readLine();
    }

    /** Where the server is and who connects, shared by the subcommands. */
    static final class ServerOptions {
        @Option(names = "--host", required = true, description = "The PostgreSQL server's host name.")
        String host;

        @Option(names = "--port", defaultValue = "5432", description = "Its port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--database", required = true, description = "The database that holds the team workspace.")
        String database;

        @Option(names = "--user", required = true, description = "The database's owner (an admin of the server).")
        String user;

        @Option(names = "--tls", defaultValue = "verify-full",
                description = "verify-full (default), require, or disable for a server on this computer only.")
        String tls;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordFromStdin;

        TeamServer server() {
            return new TeamServer(host, port, database, user, TeamServer.Tls.fromSslMode(tls));
        }

        char[] password(String prompt) {
            if (!passwordFromStdin && System.console() != null) {
                return System.console().readPassword("%s", prompt);
            }
            try {
                String line = readLine();
                return line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new IllegalStateException("could not read the password from standard input", e);
            }
        }

        char[] ownPassword() {
            return password("Password for " + server().location() + ": ");
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create the workspace's tables (or bring them to this version's format) and the roles"
                    + " checkbench_checker, checkbench_reviewer and checkbench_admin, enforced by the server.")
    static final class Init implements Callable<Integer> {
        @Mixin
        ServerOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String ready = WorkspaceService.setUpTeam(options.server(), options.ownPassword(),
                    AppDirectories.forCurrentUser());
            out.println("Team workspace ready: " + ready);
            out.println("Roles: checkbench_checker, checkbench_reviewer, checkbench_admin."
                    + " Add people with: checkbench team add-user NAME --role checker ...");
            return ExitCodes.OK;
        }
    }

    @Command(name = "add-user", mixinStandardHelpOptions = true,
            description = "Give a member of the desk a login with a role (checker, reviewer or admin). Their"
                    + " password is asked after yours and hashed before it leaves this computer.")
    static final class AddUser implements Callable<Integer> {
        @Mixin
        ServerOptions options;

        @Parameters(index = "0", paramLabel = "NAME", description = "Their user name on the server.")
        String name;

        @Option(names = "--role", defaultValue = "checker", description = "checker (default), reviewer or admin.")
        String role;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            TeamRole teamRole = TeamRole.valueOf(role.toUpperCase(java.util.Locale.ROOT));
            TeamServer server = options.server();
            char[] own = options.ownPassword();
            char[] theirs = options.password("New password for " + name + ": ");
            WorkspaceService.addTeamMember(server, own, AppDirectories.forCurrentUser(), name, teamRole, theirs);
            spec.commandLine().getOut().println(name + " is now a " + role + " on " + server.location() + ".");
            return ExitCodes.OK;
        }
    }

    /** The connected session as {@code user}, the name in history. */
    private static WorkspaceSession connect(ServerOptions options) {
        TeamServer server = options.server();
        return new WorkspaceService(AppDirectories.forCurrentUser(), java.time.Clock.systemUTC(), server.user())
                .connectTeam(server, options.ownPassword());
    }

    @Command(name = "copy-in", mixinStandardHelpOptions = true,
            description = "Copy every article of a local workspace file (claims, statuses, notes, evidence, links)"
                    + " into the team workspace.")
    static final class CopyIn implements Callable<Integer> {
        @Mixin
        ServerOptions options;

        @Option(names = "--workspace", required = true, paramLabel = "FILE", description = "The local workspace to copy.")
        java.nio.file.Path workspace;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            WorkspaceService local = localWorkspaces();
            try (WorkspaceSession from = local.openExisting(workspace); WorkspaceSession to = connect(options)) {
                spec.commandLine().getOut().println(WorkspaceCopy.copy(from, to, java.util.List.of()).summary());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "copy-out", mixinStandardHelpOptions = true,
            description = "Copy the team workspace, or one article of it, into a new local workspace file.")
    static final class CopyOut implements Callable<Integer> {
        @Mixin
        ServerOptions options;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The new workspace file.")
        java.nio.file.Path out;

        @Option(names = "--article", paramLabel = "ID", description = "Only this article (default: all).")
        Long article;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            WorkspaceService local = localWorkspaces();
            try (WorkspaceSession from = connect(options); WorkspaceSession to = local.createNew(out)) {
                spec.commandLine().getOut().println(WorkspaceCopy.copy(from, to,
                        article == null ? java.util.List.of() : java.util.List.of(article)).summary());
            }
            return ExitCodes.OK;
        }
    }

    /** Local workspace files, opened as the checker at this computer (copying needs no window). */
    private static WorkspaceService localWorkspaces() {
        return new WorkspaceService(AppDirectories.forCurrentUser(), java.time.Clock.systemUTC(),
                WorkspaceService.defaultCheckerName());
    }
}
