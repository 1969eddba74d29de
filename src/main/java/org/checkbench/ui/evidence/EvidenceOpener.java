package org.checkbench.ui.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

import org.checkbench.model.Attachment;
import org.checkbench.model.Evidence;
import org.checkbench.service.Citations;
import org.checkbench.service.EvidenceService;
import org.checkbench.service.WebAddress;
import org.checkbench.ui.article.ClaimDescriptions;
import org.checkbench.ui.fx.DesktopActions;
import org.checkbench.ui.fx.DialogService;
import org.checkbench.ui.fx.Problems;
import org.checkbench.ui.fx.TaskExecutor;

/**
 * Opening what an entry points at and copying its citation, the same from the claim's evidence
 * panel and from the library. Addresses are checked here, right before they leave the app: an
 * entry imported or stored by an older version may hold anything.
 */
final class EvidenceOpener {

    static final String REFUSED_TITLE = "Address not opened";

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Supplier<DesktopActions> desktop;

    EvidenceOpener(TaskExecutor tasks, DialogService dialogs, Supplier<DesktopActions> desktop) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.desktop = desktop;
    }

    /** Opens an http/https address in the browser; anything else is refused with the reason. */
    void openAddress(String address) {
        var problem = WebAddress.problemWith(address);
        if (problem.isPresent()) {
            dialogs.showError(REFUSED_TITLE, "Checkbench did not open “" + ClaimDescriptions.shorten(String.valueOf(address), 80)
                    + "”. " + problem.get(), "Only web pages open from Checkbench, so a link cannot run a script or a"
                    + " program on this computer. Edit the entry and give its http:// or https:// address.");
            return;
        }
        var deception = WebAddress.deceptionIn(address);
        if (deception.isPresent() && !dialogs.confirm("This address may not go where it seems",
                deception.get() + "\n\nOpen it anyway?")) {
            return;
        }
        desktop.get().openWebPage(address.strip());
    }

    void copyCitation(Evidence evidence) {
        desktop.get().copyText(Citations.format(evidence));
    }

    /** Opens the entry's file with the system viewer; asks which one when there are several. */
    void openAttachment(EvidenceService service, Evidence evidence, Window owner) {
        tasks.run("List the attached files", () -> service.attachments(evidence.id()), files -> {
            if (files.isEmpty()) {
                dialogs.showInformation("No attached files", "“" + ClaimDescriptions.shorten(evidence.title(), 80)
                        + "” has no attached files. Drop a file onto the entry to attach it.");
                return;
            }
            if (files.size() == 1) {
                open(service, files.get(0));
                return;
            }
            ChoiceDialog<AttachmentChoice> choose = new ChoiceDialog<>(null, files.stream().map(AttachmentChoice::new).toList());
            choose.initOwner(owner);
            choose.setTitle("Open an attached file");
            choose.setHeaderText("Files attached to “" + ClaimDescriptions.shorten(evidence.title(), 60) + "”");
            dialogs.showCustomDialogAndWait(choose).ifPresent(choice -> open(service, choice.attachment()));
        }, failure -> Problems.show(dialogs, "List the attached files", failure));
    }

    // The bytes live in the database: a copy in a private temporary folder is what the viewer opens.
    private void open(EvidenceService service, Attachment attachment) {
        tasks.run("Open " + attachment.fileName(), () -> {
            byte[] content = service.attachmentContent(attachment.id())
                    .orElseThrow(() -> new IllegalStateException(attachment.fileName() + " is no longer in the workspace."));
            Path folder = Files.createTempDirectory("checkbench-attachment-");
            Path file = folder.resolve(safeName(attachment.fileName()));
            Files.write(file, content);
            file.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return file;
        }, file -> desktop.get().openFile(file), failure -> Problems.show(dialogs, "Open " + attachment.fileName(), failure));
    }

    static String safeName(String fileName) {
        String cleaned = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? "attachment" : cleaned;
    }

    private record AttachmentChoice(Attachment attachment) {
        @Override
        public String toString() {
            return attachment.fileName() + " (" + Math.max(1, attachment.size() / 1024) + " KB)";
        }
    }
}
