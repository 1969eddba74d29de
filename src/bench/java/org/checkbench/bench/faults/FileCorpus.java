package org.checkbench.bench.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.checkbench.model.text.LineEnds;

/**
 * Odd and bad article files, written into a folder by code (nothing big is committed): texts in
 * many encodings and line-end conventions, with each one's true text; binaries, office files,
 * empty, huge, folders, pipes and unreadable files, with words the refusal must contain.
 */
final class FileCorpus {

    /** What importing one file must do. */
    record Entry(String name, Path path, String expectedText, boolean mayWarn, List<String> refusalWords,
            String convertedMustContain) {

        /** A text file: imported with exactly this text (line ends made "\n"); a warning is allowed when mayWarn. */
        static Entry text(String name, Path path, String trueText, boolean mayWarn) {
            return new Entry(name, path, LineEnds.uniform(trueText), mayWarn, List.of(), null);
        }

        /** A file to refuse, with a message holding one of these words. */
        static Entry refused(Path path, String... words) {
            return new Entry(path.getFileName().toString(), path, null, false, List.of(words), null);
        }

        /** An office document: refused by name, or (once document formats are read) imported holding these words. */
        static Entry document(Path path, String mustContain, String... words) {
            return new Entry(path.getFileName().toString(), path, null, false, List.of(words), mustContain);
        }
    }

    static final String ENGLISH = "The ministry said on Tuesday that 45 missiles and 120 drones were shot down last"
            + " week. “Most of the attacks targeted energy infrastructure,” a spokesman told reporters — an"
            + " estimate that could not be confirmed independently.\n";
    static final String UKRAINIAN = "Київ, 12 березня. Міністерство оборони України повідомило, що протягом"
            + " минулого тижня було збито 45 ракет і 120 дронів. За даними відомства, більшість атак була"
            + " спрямована на енергетичну інфраструктуру в центральних і східних областях країни.\n";
    static final String RUSSIAN = "Москва, 12 марта. По данным министерства, на прошлой неделе были сбиты 45"
            + " ракет и 120 беспилотников. Большинство атак было направлено на объекты энергетики в центральных"
            + " и восточных областях страны, сообщили журналисты.\n";
    static final String FRENCH = "Le ministère a précisé que l’été dernier, près de 45 % des élèves étaient inscrits"
            + " à l’école publique. « C’est un résultat très encourageant », a déclaré la ministre à la presse.\n";
    static final String POLISH = "Według ministerstwa w zeszłym tygodniu zestrzelono 45 rakiet i 120 dronów."
            + " Większość ataków była skierowana na infrastrukturę energetyczną w środkowych i wschodnich"
            + " regionach kraju, poinformował rzecznik. Źródła nie potwierdziły tych liczb.\n";
    static final String GREEK = "Το υπουργείο ανακοίνωσε την Τρίτη ότι την περασμένη εβδομάδα καταρρίφθηκαν 45"
            + " πύραυλοι και 120 μη επανδρωμένα αεροσκάφη. Οι περισσότερες επιθέσεις στόχευσαν υποδομές ενέργειας.\n";
    static final String ARABIC = "قالت الوزارة يوم الثلاثاء إنه تم إسقاط 45 صاروخا و120 طائرة مسيرة الأسبوع الماضي."
            + " واستهدفت معظم الهجمات البنية التحتية للطاقة في المناطق الوسطى والشرقية من البلاد.\n";
    static final String HEBREW = "המשרד הודיע ביום שלישי כי בשבוע שעבר יורטו 45 טילים ו-120 כטב\"מים. רוב"
            + " ההתקפות כוונו לתשתיות האנרגיה באזורים המרכזיים והמזרחיים של המדינה.\n";
    static final String JAPANESE = "防衛省は火曜日、先週ミサイル45発と無人機120機を撃墜したと発表した。攻撃の大半は"
            + "国の中部と東部のエネルギー施設を狙ったものだったという。報道官が記者団に明らかにした。\n";
    static final String CHINESE = "国防部星期二表示，上周共击落45枚导弹和120架无人机。大部分袭击针对的是该国中部和"
            + "东部地区的能源基础设施，发言人对记者说。这些数字尚未得到独立证实。\n";
    static final String TRADITIONAL = "國防部星期二表示，上週共擊落45枚導彈和120架無人機。大部分襲擊針對的是該國中部和"
            + "東部地區的能源基礎設施，發言人對記者說。這些數字尚未得到獨立證實。\n";
    static final String KOREAN = "국방부는 화요일 지난주 미사일 45발과 무인기 120대를 격추했다고 밝혔다. 공격의 대부분은"
            + " 중부와 동부 지역의 에너지 시설을 겨냥한 것이었다고 대변인이 기자들에게 말했다.\n";
    static final String MIXED = "Київ and 김정은 met in Café Zürich 🚀 — “quotes”, dashes – and ½ fractions.\n";

    private final Path folder;
    private final List<Entry> entries = new ArrayList<>();
    private final Random random = new Random(17);

    private FileCorpus(Path folder) {
        this.folder = folder;
    }

    /** Writes the corpus into {@code folder} and lists what each file must do. */
    static List<Entry> writeInto(Path folder, boolean includeHuge) throws IOException, InterruptedException {
        FileCorpus corpus = new FileCorpus(folder);
        corpus.texts();
        corpus.legacyEncodings();
        corpus.damagedTexts();
        corpus.binaries();
        corpus.odd(includeHuge);
        return corpus.entries;
    }

    private void texts() throws IOException {
        text("utf8-plain.txt", MIXED.repeat(5) + ENGLISH, StandardCharsets.UTF_8, false);
        byte[] body = (ENGLISH + UKRAINIAN).getBytes(StandardCharsets.UTF_8);
        write("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body), ENGLISH + UKRAINIAN, false);
        text("windows-notepad-short-lines-crlf.txt", "Title\r\n\r\nShort line.\r\nAnother one.\r\nOk.\r\n".repeat(60),
                StandardCharsets.UTF_8, false);
        text("old-mac-cr-only.txt", "Line one.\rLine two.\rThree.\r".repeat(50), StandardCharsets.US_ASCII, false);
        text("mixed-line-ends.txt", "unix\nwindows\r\nmac\rend\n".repeat(40), StandardCharsets.UTF_8, false);
        text("tabs-formfeeds-vertical-tabs.txt", "Col1\tCol2\tCol3\r\n\fNew page.\u000BVertical tab.\r\n".repeat(30),
                StandardCharsets.US_ASCII, false);
        text("utf16le-bom.txt", "\uFEFF" + UKRAINIAN + ENGLISH, StandardCharsets.UTF_16LE, false, UKRAINIAN + ENGLISH);
        text("utf16be-bom.txt", "\uFEFF" + KOREAN + ENGLISH, StandardCharsets.UTF_16BE, false, KOREAN + ENGLISH);
        text("utf16le-no-bom.txt", ENGLISH + UKRAINIAN, StandardCharsets.UTF_16LE, true);
        text("utf16be-no-bom.txt", FRENCH + ENGLISH, StandardCharsets.UTF_16BE, true);
        text("utf32le-bom.txt", "\uFEFF" + MIXED, Charset.forName("UTF-32LE"), false, MIXED);
        text("one-paragraph-1mb.txt", ENGLISH.strip().repeat(1024 * 1024 / ENGLISH.length()) + "\n",
                StandardCharsets.UTF_8, false);
        text("bidi-override-inside.txt", "The file report\u202Egnp.exe was attached.\n" + ENGLISH, StandardCharsets.UTF_8, false);
        text("stray-escape-sequences.txt", "Log \u001B[1mbold\u001B[0m line.\n" + ENGLISH.repeat(3),
                StandardCharsets.UTF_8, false);
    }

    private void legacyEncodings() throws IOException {
        text("windows-1252-french.txt", FRENCH.repeat(3), Charset.forName("windows-1252"), true);
        text("windows-1252-smart-quotes.txt", ENGLISH.repeat(3), Charset.forName("windows-1252"), true);
        text("iso-8859-1-french.txt", FRENCH.replace('’', '\'').replace('…', '.').repeat(3), StandardCharsets.ISO_8859_1, true);
        text("windows-1251-ukrainian.txt", UKRAINIAN.repeat(3), Charset.forName("windows-1251"), true);
        text("windows-1251-russian.txt", RUSSIAN.repeat(3), Charset.forName("windows-1251"), true);
        text("koi8-r-russian.txt", RUSSIAN.repeat(3), Charset.forName("KOI8-R"), true);
        text("koi8-u-ukrainian.txt", UKRAINIAN.repeat(3), Charset.forName("KOI8-U"), true);
        text("iso-8859-5-russian.txt", RUSSIAN.repeat(3), Charset.forName("ISO-8859-5"), true);
        text("iso-8859-2-polish.txt", POLISH.repeat(3), Charset.forName("ISO-8859-2"), true);
        text("windows-1250-polish.txt", POLISH.repeat(3), Charset.forName("windows-1250"), true);
        text("iso-8859-7-greek.txt", GREEK.repeat(3), Charset.forName("ISO-8859-7"), true);
        text("windows-1256-arabic.txt", ARABIC.repeat(3), Charset.forName("windows-1256"), true);
        text("windows-1255-hebrew.txt", HEBREW.repeat(3), Charset.forName("windows-1255"), true);
        text("shift_jis-japanese.txt", JAPANESE.repeat(3), Charset.forName("Shift_JIS"), true);
        text("euc-jp-japanese.txt", JAPANESE.repeat(3), Charset.forName("EUC-JP"), true);
        text("iso-2022-jp-japanese.txt", JAPANESE.repeat(3), Charset.forName("ISO-2022-JP"), true);
        text("gb18030-chinese.txt", CHINESE.repeat(3), Charset.forName("GB18030"), true);
        text("big5-chinese.txt", TRADITIONAL.repeat(3), Charset.forName("Big5"), true);
        text("euc-kr-korean.txt", KOREAN.repeat(3), Charset.forName("EUC-KR"), true);
    }

    private void damagedTexts() throws IOException {
        byte[] good = (MIXED + ENGLISH).getBytes(StandardCharsets.UTF_8);
        int at = (MIXED.substring(0, MIXED.indexOf(" met")) + " met").getBytes(StandardCharsets.UTF_8).length;
        byte[] oneBad = concat(concat(java.util.Arrays.copyOf(good, at), new byte[] {(byte) 0x97}),
                java.util.Arrays.copyOfRange(good, at, good.length));
        String expected = new String(good, 0, at, StandardCharsets.UTF_8) + "\uFFFD"
                + new String(good, at, good.length - at, StandardCharsets.UTF_8);
        write("utf8-one-windows-1252-dash.txt", oneBad, expected, true);
        byte[] cut = (ENGLISH + "Київ").getBytes(StandardCharsets.UTF_8);
        write("utf8-cut-mid-character.txt", java.util.Arrays.copyOf(cut, cut.length - 1), ENGLISH + "Киї\uFFFD", true);
        refused("text-with-a-nul-byte.txt", concat(ENGLISH.getBytes(StandardCharsets.UTF_8), new byte[] {0, 'x', '\n'}),
                "zero bytes");
        byte[] utf16 = ("\uFEFF" + ENGLISH + "x").getBytes(StandardCharsets.UTF_16LE);
        write("utf16-bom-odd-length-cut.txt", java.util.Arrays.copyOf(utf16, utf16.length - 1), ENGLISH + "\uFFFD", true);
        refused("bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "no text");
        refused("blank-lines-only.txt", " \r\n\t\r\n  \n".getBytes(StandardCharsets.US_ASCII), "no text");
        refused("empty.txt", new byte[0], "empty");
    }

    private void binaries() throws IOException {
        refused("photo.png", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, noise(2000)), "PNG");
        refused("photo.jpg", concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, noise(2000)), "JPEG");
        refused("scan.pdf", ("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
                .getBytes(StandardCharsets.ISO_8859_1), "PDF");
        document("draft.docx", zip("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + ENGLISH.strip()
                + "</w:t></w:r></w:p></w:body></w:document>"), "45 missiles", "Word");
        document("budget.xlsx", zip("xl/workbook.xml", "<workbook/>"), null, "Word", "ZIP");
        document("old-word.doc", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1}, noise(4000)), null, "old Word");
        document("draft.rtf", ("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} \\f0 " + ENGLISH.strip() + "\\par }")
                .getBytes(StandardCharsets.US_ASCII), "45 missiles", "RTF");
        refused("program.elf", concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, noise(3000)), "program");
        refused("setup.exe", concat(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, noise(3000)), "program");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(ENGLISH.repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        refused("article.txt.gz", gz.toByteArray(), "compressed");
        refused("song.mp3", concat("ID3".getBytes(StandardCharsets.US_ASCII), noise(3000)), "sound");
        refused("random-bytes.bin", noise(4096), "binary", "zero bytes", "control characters");
        byte[] noZeros = noise(4096);
        for (int i = 0; i < noZeros.length; i++) {
            noZeros[i] = noZeros[i] == 0 ? 1 : noZeros[i];
        }
        refused("random-bytes-without-zeros.bin", noZeros, "binary", "control characters");
    }

    private void odd(boolean includeHuge) throws IOException, InterruptedException {
        Path directory = Files.createDirectory(folder.resolve("a-folder.txt"));
        entries.add(Entry.refused(directory, "folder"));
        entries.add(Entry.refused(folder.resolve("missing.txt"), "no file"));
        Path dangling = folder.resolve("dangling-link.txt");
        Files.createSymbolicLink(dangling, folder.resolve("nowhere.txt"));
        entries.add(Entry.refused(dangling, "no file"));
        Path fifo = folder.resolve("named-pipe.txt");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(10, java.util.concurrent.TimeUnit.SECONDS)
                && Files.exists(fifo)) {
            entries.add(Entry.refused(fifo, "not an ordinary file"));
        }
        Path locked = write("no-read-permission.txt", ENGLISH.getBytes(StandardCharsets.UTF_8), ENGLISH, false);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(locked)) {
            entries.set(entries.size() - 1, Entry.refused(locked, "permission"));
        } // else: run as root, who reads it anyway; then it must import right.
        Path tooBig = folder.resolve("over-10-mb.txt");
        try (RandomAccessFile raw = new RandomAccessFile(tooBig.toFile(), "rw")) {
            raw.setLength(10L * 1024 * 1024 + 1); // sparse: costs no disk
        }
        entries.add(Entry.refused(tooBig, "too large"));
        if (includeHuge) {
            int paragraphBytes = ENGLISH.getBytes(StandardCharsets.UTF_8).length;
            String big = ENGLISH.repeat((int) (10L * 1024 * 1024 / paragraphBytes));
            text("just-under-10-mb.txt", big, StandardCharsets.UTF_8, false);
        }
    }

    private void text(String name, String trueText, Charset charset, boolean mayWarn) throws IOException {
        text(name, trueText, charset, mayWarn, trueText);
    }

    private void text(String name, String written, Charset charset, boolean mayWarn, String trueText) throws IOException {
        write(name, written.getBytes(charset), trueText, mayWarn);
    }

    private Path write(String name, byte[] bytes, String trueText, boolean mayWarn) throws IOException {
        Path path = Files.write(folder.resolve(name), bytes);
        entries.add(Entry.text(name, path, trueText, mayWarn));
        return path;
    }

    private void refused(String name, byte[] bytes, String... words) throws IOException {
        entries.add(Entry.refused(Files.write(folder.resolve(name), bytes), words));
    }

    private void document(String name, byte[] bytes, String mustContain, String... words) throws IOException {
        entries.add(Entry.document(Files.write(folder.resolve(name), bytes), mustContain, words));
    }

    private byte[] noise(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] zip(String entryName, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
