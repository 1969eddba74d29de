package org.checkbench.ui.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.checkbench.model.Article;
import org.checkbench.model.FactCheckPublication;
import org.checkbench.model.VerdictScale;
import org.checkbench.model.VerdictScales;
import org.checkbench.service.WebAddress;
import org.checkbench.ui.fx.DialogService;

/**
 * File > Article details…: what the report's cover says about the article (title, outlet, author,
 * address, date), the verdict scale its claims are rated on, and where its fact-check is published
 * (the organisation and the fact-check's address and date, for ClaimReview).
 */
public final class ArticleDetailsDialog {

    /** What the dialog edits: the article and its fact-check publication. */
    public record Edited(Article article, FactCheckPublication publication) {
    }

    private ArticleDetailsDialog() {
    }

    /** @return the edited details, or empty when cancelled */
    public static Optional<Edited> edit(DialogService dialogs, Article article, FactCheckPublication publication) {
        TextField title = field("articleTitleField", article.title());
        TextField outlet = field("articleOutletField", article.outlet());
        TextField author = field("articleAuthorField", article.author());
        TextField url = field("articleUrlField", article.url());
        TextField published = field("articlePublishedField",
                article.publishedDate() == null ? "" : article.publishedDate().toString());
        published.setPromptText("yyyy-mm-dd, e.g. 2024-11-05");
        TextField language = field("articleLanguageField", article.language());
        language.setPromptText("en, uk, ko …");
        ComboBox<VerdictScale> scale = new ComboBox<>();
        scale.getItems().setAll(VerdictScales.ALL);
        scale.setValue(VerdictScales.byId(article.scaleId()));
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(VerdictScale value) {
                return value == null ? "" : value.name();
            }

            @Override
            public VerdictScale fromString(String text) {
                return null;
            }
        });
        TextField organisation = field("factCheckOrganisationField", publication.organisation());
        organisation.setPromptText("who publishes the fact-check");
        TextField organisationUrl = field("factCheckOrganisationUrlField", publication.organisationUrl());
        TextField factCheckUrl = field("factCheckUrlField", publication.factCheckUrl());
        organisationUrl.setPromptText("https://…");
        factCheckUrl.setPromptText("https://… (ClaimReview needs it)");
        TextField factCheckDate = field("factCheckDateField",
                publication.datePublished() == null ? "" : publication.datePublished().toString());
        factCheckDate.setPromptText("yyyy-mm-dd");
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row++, new Label("Outlet"), outlet);
        grid.addRow(row++, new Label("Author"), author);
        grid.addRow(row++, new Label("Address (URL)"), url);
        grid.addRow(row++, new Label("Published"), published);
        grid.addRow(row++, new Label("Language"), language);
        grid.addRow(row++, new Label("Verdict scale"), scale);
        Label scaleNote = new Label("The scale can change only while no claim has been rated.");
        scaleNote.getStyleClass().add("placeholder");
        grid.add(scaleNote, 1, row++);
        Label factCheckHeading = new Label("Published fact-check (ClaimReview)");
        factCheckHeading.getStyleClass().add("section-heading");
        grid.add(factCheckHeading, 0, row++, 2, 1);
        grid.addRow(row++, new Label("Organisation"), organisation);
        grid.addRow(row++, new Label("Its address (URL)"), organisationUrl);
        grid.addRow(row++, new Label("Fact-check address"), factCheckUrl);
        grid.addRow(row++, new Label("Fact-check date"), factCheckDate);
        grid.add(problem, 1, row);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Article details");
        dialog.getDialogPane().setId("articleDetails");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        // Refuse OK while something is wrong, and say what.
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String wrong = problemWith(title.getText(), url.getText(), published.getText());
            if (wrong == null) {
                wrong = problemWith("-", organisationUrl.getText(), factCheckDate.getText());
            }
            if (wrong == null) {
                wrong = problemWith("-", factCheckUrl.getText(), "");
            }
            problem.setText(wrong == null ? "" : wrong);
            if (wrong != null) {
                event.consume();
            }
        });
        if (dialogs.showCustomDialogAndWait(dialog).filter(ButtonType.OK::equals).isEmpty()) {
            return Optional.empty();
        }
        Article edited = article.withTitle(title.getText().strip()).withOutlet(blankToNull(outlet.getText()))
                .withAuthor(blankToNull(author.getText())).withUrl(blankToNull(url.getText()))
                .withPublishedDate(date(published.getText())).withLanguage(blankToNull(language.getText()))
                .withScaleId(scale.getValue().id());
        return Optional.of(new Edited(edited, new FactCheckPublication(article.id(), organisation.getText(),
                organisationUrl.getText(), factCheckUrl.getText(), date(factCheckDate.getText()))));
    }

    /** What is wrong with the input, in words, or null when it can be saved. */
    static String problemWith(String title, String url, String published) {
        if (title == null || title.isBlank()) {
            return "The article needs a title.";
        }
        if (url != null && !url.isBlank()) {
            Optional<String> wrong = WebAddress.problemWith(url.strip());
            if (wrong.isPresent()) {
                return wrong.get();
            }
        }
        if (published != null && !published.isBlank()) {
            try {
                LocalDate.parse(published.strip());
            } catch (DateTimeParseException e) {
                return "Write the date as year-month-day, e.g. 2024-11-05.";
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId(id);
        field.setPrefColumnCount(30);
        return field;
    }
}
