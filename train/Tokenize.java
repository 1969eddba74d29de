import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Turns labelled sentences into token ids with the same library (DJL HuggingFace tokenizers) and
 * the same tokenizer.json that the app uses at run time, so training and inference can never
 * tokenise differently. Run by train/tokenize.sh:
 * {@code java -cp CLASSPATH train/Tokenize.java tokenizer.json IN.tsv OUT.ids.tsv}.
 * IN: {@code id<TAB>label<TAB>sentence} with a header line. OUT: {@code id<TAB>label<TAB>ids}, the
 * ids space-separated with [CLS] and [SEP], not truncated (the trainer truncates).
 */
public class Tokenize {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Tokenize tokenizer.json IN.tsv OUT.tsv");
            System.exit(2);
        }
        Map<String, String> options = Map.of("addSpecialTokens", "true", "truncation", "false",
                "padding", "false");
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(Path.of(args[0]), options)) {
            List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
            try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
                out.write("id\tlabel\tids\n");
                for (String line : lines.subList(1, lines.size())) {
                    String[] cols = line.split("\t", 3);
                    if (cols.length < 3) continue;
                    Encoding encoding = tokenizer.encode(cols[2]);
                    StringBuilder ids = new StringBuilder();
                    for (long id : encoding.getIds()) {
                        if (ids.length() > 0) ids.append(' ');
                        ids.append(id);
                    }
                    out.write(cols[0] + "\t" + cols[1] + "\t" + ids + "\n");
                }
            }
        }
    }
}
