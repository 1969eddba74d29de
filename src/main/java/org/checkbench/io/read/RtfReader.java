package org.checkbench.io.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.rtfparserkit.parser.RtfListenerAdaptor;
import com.rtfparserkit.parser.RtfStreamSource;
import com.rtfparserkit.parser.standard.StandardRtfParser;
import com.rtfparserkit.rtf.Command;
import com.rtfparserkit.rtf.CommandType;

import org.checkbench.io.DocumentBuilder;
import org.checkbench.io.DocumentFormat;
import org.checkbench.io.DocumentReadException;
import org.checkbench.io.DocumentReadException.Reason;
import org.checkbench.io.ReadDocument;
import org.checkbench.io.TextBlock;

/**
 * Reads Rich Text Format with rtfparserkit, which decodes code pages, font charsets and Unicode
 * escapes; this listener only decides what is text: paragraphs, table cells as paragraphs, list
 * labels, field results, footnotes after the text marked [1], [2]. Font tables, styles, pictures,
 * headers, footers and hidden text are skipped (ADR 0072).
 */
public final class RtfReader extends RtfListenerAdaptor {

    /** Destinations whose text belongs to the document. */
    private static final Set<Command> TEXT_DESTINATIONS = EnumSet.of(Command.fldrslt, Command.field,
            Command.listtext, Command.pntext, Command.footnote, Command.shptxt);

    private final DocumentBuilder out = new DocumentBuilder();
    private final List<String> footnotes = new ArrayList<>();
    private final Deque<State> stack = new ArrayDeque<>();
    private State state = new State();
    private StringBuilder footnote;
    private int footnoteDepth = -1;
    private boolean paragraphOpen;
    private boolean groupStarted;
    private int deletions;
    private int annotations;

    /** Character formatting and whether this group's text is skipped; saved at "{", restored at "}". */
    private static final class State {
        boolean bold;
        boolean italic;
        boolean underline;
        boolean skip;
        boolean hidden;
        boolean deleted;
        boolean listLabel;

        State copy() {
            State s = new State();
            s.bold = bold;
            s.italic = italic;
            s.underline = underline;
            s.skip = skip;
            s.hidden = hidden;
            s.deleted = deleted;
            s.listLabel = listLabel;
            return s;
        }
    }

    private boolean inTable;
    private int outlineLevel = -1;

    private RtfReader() {
    }

    public static ReadDocument read(byte[] bytes, String fileName) {
        RtfReader reader = new RtfReader();
        try {
            new StandardRtfParser().parse(new RtfStreamSource(new ByteArrayInputStream(bytes)), reader);
        } catch (DocumentReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DocumentReadException(Reason.CORRUPT, fileName + " is a damaged RTF file (" + DocumentReadException.reasonOf(e)
                    + "). Open it in Word or LibreOffice, save it again, and import that.", e);
        }
        return reader.finish();
    }

    private ReadDocument finish() {
        endParagraph();
        for (int i = 0; i < footnotes.size(); i++) {
            out.paragraph(TextBlock.Kind.NOTE, 0, null).text("[" + (i + 1) + "] " + footnotes.get(i).strip()).end();
        }
        List<String> notices = new ArrayList<>();
        if (!footnotes.isEmpty()) {
            notices.add((footnotes.size() == 1 ? "The footnote follows" : footnotes.size() + " footnotes follow")
                    + " the text, marked [1]" + (footnotes.size() > 1 ? "–[" + footnotes.size() + "]" : "")
                    + " where referenced.");
        }
        if (deletions > 0) {
            notices.add("The draft has tracked changes; it was read with every change accepted.");
        }
        if (annotations > 0) {
            notices.add("The draft's " + annotations + " comment" + (annotations == 1 ? " was" : "s were") + " left out.");
        }
        return out.build(DocumentFormat.RTF, notices, null, null, null);
    }

    @Override
    public void processGroupStart() {
        stack.push(state);
        state = state.copy();
        groupStarted = true;
    }

    /** The list label being read ("1.", a bullet); written when its group ends. */
    private StringBuilder label;
    private int labelDepth = -1;
    /** A list label read, waiting for its paragraph's first text (which decides heading or list item). */
    private String pendingLabel;

    @Override
    public void processGroupEnd() {
        if (label != null && stack.size() == labelDepth) {
            String raw = label.toString();
            String text = raw.strip();
            // Bullets come as Symbol-font characters that mean nothing outside that font; a label
            // with no character at all (an unnumbered outline heading) shows nothing.
            if (!raw.isEmpty()) {
                boolean readable = text.codePoints().anyMatch(Character::isLetterOrDigit);
                pendingLabel = (readable ? text : "•") + " ";
            }
            label = null;
            labelDepth = -1;
        }
        if (footnote != null && stack.size() == footnoteDepth) {
            footnotes.add(footnote.toString());
            footnote = null;
            footnoteDepth = -1;
        }
        state = stack.isEmpty() ? new State() : stack.pop();
        groupStarted = false;
    }

    @Override
    public void processString(String text) {
        groupStarted = false;
        if (state.skip || state.hidden || state.deleted) {
            return;
        }
        if (label != null) {
            label.append(text);
            return;
        }
        if (footnote != null) {
            footnote.append(text);
            return;
        }
        openParagraph();
        out.text(text, state.bold, state.italic, state.underline);
    }

    @Override
    public void processCommand(Command command, int parameter, boolean hasParameter, boolean optional) {
        boolean firstInGroup = groupStarted;
        groupStarted = false;
        if (command == null) {
            if (firstInGroup && optional) {
                state.skip = true; // an optional destination this parser does not know: skip it whole
            }
            return;
        }
        if (firstInGroup && command == Command.optionalcommand) {
            state.skip = true; // "{\\*\\..." marks a destination readers may ignore: none of them holds article text
            return;
        }
        if (firstInGroup && (optional || command.getCommandType() == CommandType.Destination)
                && !"rtf".equals(command.getCommandName())) {
            if (command == Command.annotation) {
                annotations++;
            }
            if (command == Command.footnote && !state.skip) {
                processString("[" + (footnotes.size() + 1) + "]");
                footnote = new StringBuilder();
                footnoteDepth = stack.size();
                return;
            }
            if (!TEXT_DESTINATIONS.contains(command)) {
                state.skip = true;
            } else if ((command == Command.listtext || command == Command.pntext) && !state.skip) {
                state.listLabel = true;
                label = new StringBuilder();
                labelDepth = stack.size();
            }
            return;
        }
        if (state.skip) {
            return;
        }
        switch (command) {
            case par, sect, page -> {
                if (footnote != null) {
                    footnote.append(' ');
                } else {
                    endParagraph();
                }
            }
            case line -> processString("\u000b");
            case tab -> {
                if (!state.listLabel) {
                    processString("\t");
                }
            }
            case chftn -> { } // the note's number: Checkbench writes its own [n]
            case cell, nestcell -> endParagraph();
            case row, nestrow -> {
                endParagraph();
                inTable = false;
            }
            case intbl -> inTable = true;
            case pard -> {
                if (!state.listLabel) { // list labels reset their own properties, not the paragraph's
                    inTable = false;
                    outlineLevel = -1;
                }
            }
            case b -> state.bold = !hasParameter || parameter != 0;
            case i -> state.italic = !hasParameter || parameter != 0;
            case ul -> state.underline = !hasParameter || parameter != 0;
            case ulnone -> state.underline = false;
            case v -> state.hidden = !hasParameter || parameter != 0;
            case deleted -> {
                state.deleted = !hasParameter || parameter != 0;
                if (state.deleted) {
                    deletions++;
                }
            }
            case plain -> {
                state.bold = false;
                state.italic = false;
                state.underline = false;
                state.hidden = false;
            }
            case emdash -> processString("—");
            case endash -> processString("–");
            case lquote -> processString("‘");
            case rquote -> processString("’");
            case ldblquote -> processString("“");
            case rdblquote -> processString("”");
            case bullet -> processString("•");
            case nonbreakingspace -> processString("\u00a0");
            case nonbreakinghyphen -> processString("\u2011");
            case emspace, enspace -> processString(" ");
            default -> {
                if (command.getCommandName().startsWith("outlinelevel") && hasParameter) {
                    outlineLevel = parameter;
                }
            }
        }
    }

    private void openParagraph() {
        if (!paragraphOpen) {
            TextBlock.Kind kind = inTable ? TextBlock.Kind.TABLE_CELL
                    : outlineLevel >= 0 ? TextBlock.Kind.HEADING
                    : pendingLabel != null ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.PARAGRAPH;
            out.paragraph(kind, kind == TextBlock.Kind.HEADING ? Math.min(6, outlineLevel + 1) : 0, null);
            paragraphOpen = true;
            if (pendingLabel != null) {
                out.text(pendingLabel);
                pendingLabel = null;
            }
        }
    }

    private void endParagraph() {
        pendingLabel = null;
        if (paragraphOpen) {
            out.end();
            paragraphOpen = false;
        }
    }
}
