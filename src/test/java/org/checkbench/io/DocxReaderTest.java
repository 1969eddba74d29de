package org.checkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.checkbench.io.read.DocxReader;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word documents built the way Google Docs writes them (direct formatting, Title and Heading
 * styles, numbered lists through numbering.xml, footnotes, tables), and the files Word users send
 * by mistake: password-protected, damaged, a zip bomb, an old .doc.
 */
class DocxReaderTest {

    @Test
    void numberedListsFootnotesTablesAndHyperlinksReadInOrder() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("Budget draft");
            XWPFParagraph body = document.createParagraph();
            body.createRun().setText("The ministry spent ");
            var bold = body.createRun();
            bold.setBold(true);
            bold.setText("4.2 billion");
            body.createRun().setText(" in 2024, see ");
            body.createHyperlinkRun("https://example.org/budget").setText("the budget");
            body.createRun().setText(".");
            XWPFFootnote note = document.createFootnote();
            note.createParagraph().createRun().setText("Treasury figures.");
            body.addFootnoteReference(note);
            BigInteger numId = decimalList(document);
            for (String item : new String[] {"Roads", "Schools"}) {
                XWPFParagraph p = document.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ZERO);
                p.createRun().setText(item);
            }
            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("2024");
            table.getRow(0).getCell(1).setText("4.2");
            document.write(out);
            docx = out.toByteArray();
        }

        ReadDocument read = DocxReader.read(docx, "budget.docx");

        assertThat(read.text()).isEqualTo("Budget draft\n\nThe ministry spent 4.2 billion in 2024, see the budget.[1]"
                + "\n\n1. Roads\n2. Schools\n\n2024\n\n4.2\n\n[1] Treasury figures.");
        assertThat(read.blocks().get(1).styles()).singleElement()
                .satisfies(s -> assertThat(read.text().substring(s.start(), s.end())).isEqualTo("4.2 billion"));
    }

    private static BigInteger decimalList(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        level.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    @Test
    void aDocThatIsReallyADocxIsReadAsWord() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Saved with the wrong name.");
            document.write(out);
            docx = out.toByteArray();
        }
        assertThat(DocumentSniffer.sniff(docx, "draft.doc")).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void aPasswordProtectedDocumentGetsAMessageSayingHowToRemoveThePassword() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Secret draft.");
            document.write(out);
            docx = out.toByteArray();
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(encrypted);
        }

        assertThatThrownBy(() -> DocumentSniffer.sniff(encrypted.toByteArray(), "secret.docx"))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("protected by a password").hasMessageContaining("Remove the password")
                .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(DocumentReadException.Reason.ENCRYPTED);
    }

    @Test
    void anOldBinaryWordFileIsNamedWithWhatToDo() throws IOException {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(doc);
        }
        assertThatThrownBy(() -> DocumentSniffer.sniff(doc.toByteArray(), "old.doc"))
                .hasMessageContaining("old Word document (.doc").hasMessageContaining("save it as a Word document (.docx)");
    }

    @Test
    void aDamagedDocumentAndAZipBombAreRefusedWithAMessage() throws IOException {
        byte[] damaged;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Half a file.");
            document.write(out);
            byte[] whole = out.toByteArray();
            damaged = java.util.Arrays.copyOf(whole, whole.length / 2);
        }
        assertThatThrownBy(() -> DocxReader.read(damaged, "half.docx"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("half.docx");

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(200_000);
        assertThatThrownBy(() -> DocxReader.read(bomb.toByteArray(), "bomb.docx"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("bomb.docx");
    }

    @Test
    void aLibrarysReasonReachesTheCheckerWithoutJavaClassNames() {
        var failure = new IllegalStateException("wrapped", new java.io.IOException(
                "org.apache.poi.openxml4j.exceptions.InvalidFormatException: The part /[Content_Types].xml is missing"));
        assertThat(org.checkbench.io.DocumentReadException.reasonOf(failure))
                .isEqualTo("The part /[Content_Types].xml is missing");
    }
}
