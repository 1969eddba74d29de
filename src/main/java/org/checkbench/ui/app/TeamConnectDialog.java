package org.checkbench.ui.app;

import java.util.Optional;

import org.checkbench.model.TeamServer;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * File > Connect to team workspace…: where the server is, who connects, how its certificate is
 * checked (verify-full unless chosen otherwise), and the password, which is asked here every time
 * and never kept (ADR 0124). Connect stays off until every field is filled in.
 */
final class TeamConnectDialog {

    /** What the person entered; the caller wipes the password once used. */
    record Request(TeamServer server, char[] password) {
    }

    private TeamConnectDialog() {
    }

    /** File > Connect to team workspace…, filled in from a recent one when given. */
    static void ask(MainWindow window, TeamServer previous) {
        window.dialogs().showCustomDialogAndWait(create(previous)).ifPresent(request -> {
            if (window.open() != null) {
                window.open().saveNow();
            }
            window.workspace().connectTeam(request.server(), request.password(), window::showArticle);
        });
    }

    /** The dialog, filled in from {@code previous} (a recent team workspace) when given. */
    static Dialog<Request> create(TeamServer previous) {
        return create(previous, "Connect to team workspace",
                "A workspace on your newsroom's PostgreSQL server. Ask whoever runs it for these details.", "Connect");
    }

    /** The same fields, for another errand on the server (copying this workspace to it). */
    static Dialog<Request> create(TeamServer previous, String title, String header, String buttonText) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        TextField host = field("teamHost", previous == null ? "" : previous.host());
        TextField port = field("teamPort", Integer.toString(previous == null ? TeamServer.DEFAULT_PORT : previous.port()));
        TextField database = field("teamDatabase", previous == null ? "" : previous.database());
        TextField user = field("teamUser", previous == null ? "" : previous.user());
        ChoiceBox<TeamServer.Tls> tls = new ChoiceBox<>();
        tls.setId("teamTls");
        tls.getItems().setAll(TeamServer.Tls.values());
        tls.setValue(previous == null ? TeamServer.Tls.VERIFY_FULL : previous.tls());
        tls.setConverter(new StringConverter<>() {
            @Override
            public String toString(TeamServer.Tls value) {
                return value == null ? "" : switch (value) {
                    case VERIFY_FULL -> "Verify the server's certificate (recommended)";
                    case REQUIRE -> "Encrypt, but do not check the certificate";
                    case DISABLE -> "No encryption (this computer only)";
                };
            }

            @Override
            public TeamServer.Tls fromString(String text) {
                return null;
            }
        });
        PasswordField password = new PasswordField();
        password.setId("teamPassword");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("_Server", host), host);
        grid.addRow(1, label("P_ort", port), port);
        grid.addRow(2, label("_Database", database), database);
        grid.addRow(3, label("_User", user), user);
        grid.addRow(4, label("_Password", password), password);
        grid.addRow(5, label("_TLS", tls), tls);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType(buttonText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        var connectButton = dialog.getDialogPane().lookupButton(connect);
        connectButton.setId("teamConnect");
        Runnable validate = () -> connectButton.setDisable(host.getText().isBlank() || database.getText().isBlank()
                || user.getText().isBlank() || parsePort(port.getText()).isEmpty());
        for (TextField field : new TextField[] {host, port, database, user}) {
            field.textProperty().addListener((o, a, b) -> validate.run());
        }
        validate.run();
        dialog.setOnShown(e -> (host.getText().isEmpty() ? host : password).requestFocus());
        dialog.setResultConverter(button -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            if (button != connect) {
                java.util.Arrays.fill(typed, '\0');
                return null;
            }
            return new Request(new TeamServer(host.getText(), parsePort(port.getText()).orElseThrow(),
                    database.getText(), user.getText(), tls.getValue()), typed);
        });
        return dialog;
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    static Optional<Integer> parsePort(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
