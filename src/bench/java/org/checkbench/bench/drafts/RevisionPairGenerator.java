package org.checkbench.bench.drafts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.checkbench.anchor.Span;
import org.checkbench.bench.drafts.GeneratedRevisionPair.Edit;
import org.checkbench.bench.drafts.GeneratedRevisionPair.Kind;

/**
 * Makes a first draft and the writer's second draft of a news article, with claims marked on the
 * first: numbers changed, words substituted, sentences inserted and deleted, paragraphs moved,
 * typos fixed, quotes reworded, and the editor's normalising of spaces, quotes and dashes. Every
 * character of the second draft records where it came from ({@link GeneratedRevisionPair#source}),
 * so what counts as a claim's own words is exact, not judged.
 *
 * @param chars about how long the first draft is
 * @param editRate the share of sentences the writer touches (deleted, followed by a new one, or
 *     edited inside); spaces, quotes and dashes are normalised everywhere regardless
 * @param claimRate the share of sentences that carry a claim (whole, or a clause of it)
 */
public record RevisionPairGenerator(int chars, double editRate, double claimRate) {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final List<String> QUOTE_WORDS = List.of("really", "clearly", "many", "almost", "never", "all",
            "simply", "certainly", "several", "just");

    /** A draft sentence: its place in the old text, and whether a claim may sit on it. */
    private record Sentence(int index, int start, int end, boolean unique) {
    }

    /** What the writer does to one sentence. */
    private enum Fate { KEPT, EDITED, DELETED, FOLLOWED_BY_NEW }

    public RevisionPairGenerator {
        if (chars < 200 || editRate < 0 || editRate > 1 || claimRate < 0 || claimRate > 1) {
            throw new IllegalArgumentException("chars >= 200, rates within 0..1");
        }
    }

    public GeneratedRevisionPair generate(long seed) {
        Random random = new Random(seed);
        NewsText news = new NewsText(random);
        StringBuilder old = new StringBuilder();
        List<List<Sentence>> paragraphs = firstDraft(news, random, old);
        String oldText = old.toString();
        List<Span> claims = claims(paragraphs, oldText, random);

        Builder draft = new Builder(oldText);
        NewMaterial fresh = new NewMaterial(news, sentencesOf(paragraphs, oldText));
        List<List<Sentence>> order = new ArrayList<>(paragraphs);
        moveParagraphs(order, random, draft);
        for (int p = 0; p < order.size(); p++) {
            if (p > 0) {
                draft.write("\n\n", draft.edit(Kind.SEPARATOR, order.get(p).get(0).start(), order.get(p).get(0).start()));
            }
            writeParagraph(order.get(p), draft, random, fresh);
        }
        return new GeneratedRevisionPair(seed, oldText, draft.text.toString(), draft.sources(), draft.edits, claims);
    }

    private List<List<Sentence>> firstDraft(NewsText news, Random random, StringBuilder old) {
        Map<String, Integer> counts = new HashMap<>();
        List<List<String>> texts = new ArrayList<>();
        int length = 0;
        while (length < chars) {
            List<String> paragraph = new ArrayList<>();
            int size = random.nextInt(2, 7);
            for (int i = 0; i < size; i++) {
                String sentence = news.sentence(true);
                // Reports repeat their boilerplate, never their facts: a fact sentence is drawn again.
                while (counts.containsKey(wordsOf(sentence)) && !NewsText.isBoilerplate(sentence)) {
                    sentence = news.sentence(true);
                }
                counts.merge(wordsOf(sentence), 1, Integer::sum);
                paragraph.add(sentence);
                length += sentence.length() + 1;
            }
            texts.add(paragraph);
        }
        List<List<Sentence>> paragraphs = new ArrayList<>();
        int index = 0;
        for (List<String> paragraph : texts) {
            if (old.length() > 0) {
                old.append("\n\n");
            }
            List<Sentence> sentences = new ArrayList<>();
            for (int i = 0; i < paragraph.size(); i++) {
                if (i > 0) {
                    old.append(random.nextInt(10) == 0 ? "  " : " ");
                }
                int start = old.length();
                old.append(paragraph.get(i));
                sentences.add(new Sentence(index++, start, old.length(), counts.get(wordsOf(paragraph.get(i))) == 1));
            }
            paragraphs.add(sentences);
        }
        return paragraphs;
    }

    /** A sentence as its words go: double spaces and typos are slips, not other words. */
    private static String wordsOf(String sentence) {
        String words = sentence.replaceAll("\\s+", " ");
        for (String[] typo : NewsText.TYPOS) {
            words = words.replace(typo[0], typo[1]);
        }
        return words;
    }

    private static List<String> sentencesOf(List<List<Sentence>> paragraphs, String oldText) {
        List<String> result = new ArrayList<>();
        paragraphs.forEach(p -> p.forEach(s -> result.add(oldText.substring(s.start(), s.end()))));
        return result;
    }

    /** Whole sentences mostly, and some clauses of four words or more; only on sentences said once. */
    private List<Span> claims(List<List<Sentence>> paragraphs, String oldText, Random random) {
        List<Span> claims = new ArrayList<>();
        for (List<Sentence> paragraph : paragraphs) {
            for (Sentence sentence : paragraph) {
                if (!sentence.unique() || random.nextDouble() >= claimRate) {
                    continue;
                }
                if (random.nextInt(10) < 7) {
                    claims.add(new Span(sentence.start(), sentence.end()));
                } else {
                    claims.add(clause(oldText, sentence, random));
                }
            }
        }
        return claims;
    }

    private static Span clause(String text, Sentence sentence, Random random) {
        List<int[]> words = new ArrayList<>();
        Matcher word = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N},.'’-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]")
                .matcher(text).region(sentence.start(), sentence.end());
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        if (words.size() < 6) {
            return new Span(sentence.start(), sentence.end());
        }
        int first = random.nextInt(words.size() - 4);
        int last = random.nextInt(first + 3, words.size());
        return new Span(words.get(first)[0], words.get(last)[1]);
    }

    private void moveParagraphs(List<List<Sentence>> order, Random random, Builder draft) {
        int moves = order.size() < 3 ? 0 : Math.max(1, (int) Math.round(order.size() * editRate / 4));
        for (int i = 0; i < moves; i++) {
            int from = random.nextInt(order.size());
            List<Sentence> paragraph = order.remove(from);
            int to = random.nextInt(order.size() + 1);
            if (to == from) {
                to = (to + 1) % (order.size() + 1);
            }
            order.add(to, paragraph);
            draft.edit(Kind.PARAGRAPH_MOVED, paragraph.get(0).start(), paragraph.get(paragraph.size() - 1).end());
        }
    }

    private void writeParagraph(List<Sentence> paragraph, Builder draft, Random random, NewMaterial newMaterial) {
        boolean wroteSentence = false;
        Sentence previous = null;
        for (Sentence sentence : paragraph) {
            Fate fate = fate(random);
            if (fate == Fate.DELETED) {
                draft.edit(Kind.SENTENCE_DELETED, sentence.start(), sentence.end());
                continue;
            }
            if (wroteSentence) {
                separator(previous, sentence, draft);
            }
            writeSentence(sentence, fate == Fate.EDITED, draft, newMaterial.news(), random);
            wroteSentence = true;
            previous = sentence;
            if (fate == Fate.FOLLOWED_BY_NEW) {
                String fresh = newMaterial.sentenceNear(sentence.index());
                draft.write(" ", draft.edit(Kind.SEPARATOR, sentence.end(), sentence.end()));
                draft.write(fresh, draft.edit(Kind.SENTENCE_INSERTED, sentence.end(), sentence.end()));
            }
        }
        if (!wroteSentence) {
            // The writer emptied the paragraph: one new sentence keeps it a paragraph.
            String fresh = newMaterial.sentenceNear(paragraph.get(0).index());
            int at = paragraph.get(0).start();
            draft.write(fresh, draft.edit(Kind.SENTENCE_INSERTED, at, at));
        }
    }

    private Fate fate(Random random) {
        if (random.nextDouble() >= editRate) {
            return Fate.KEPT;
        }
        double roll = random.nextDouble();
        return roll < 0.2 ? Fate.DELETED : roll < 0.4 ? Fate.FOLLOWED_BY_NEW : Fate.EDITED;
    }

    /** The space between two sentences: the old one when they stood together (a double one normalised). */
    private static void separator(Sentence previous, Sentence next, Builder draft) {
        String between = draft.oldText.substring(previous.end(), next.start());
        if (between.equals(" ")) {
            draft.copy(previous.end(), next.start());
        } else if (between.equals("  ")) {
            draft.write(" ", draft.edit(Kind.WHITESPACE_NORMALISED, previous.end(), next.start()));
        } else {
            draft.write(" ", draft.edit(Kind.SEPARATOR, next.start(), next.start()));
        }
    }

    /** One kept sentence: copied, with the editor's normalising and, if edited, the writer's changes. */
    private static void writeSentence(Sentence sentence, boolean edited, Builder draft, NewsText news, Random random) {
        List<Change> changes = new ArrayList<>(normalising(draft.oldText, sentence));
        if (edited) {
            changes.addAll(writersChanges(draft.oldText, sentence, news, random));
        }
        changes.sort(Comparator.comparingInt(Change::from).thenComparingInt(Change::to));
        int at = sentence.start();
        for (Change change : changes) {
            if (change.from() < at) {
                continue; // overlaps one already made
            }
            draft.copy(at, change.from());
            draft.write(change.replacement(), draft.edit(change.kind(), change.from(), change.to()));
            at = change.to();
        }
        draft.copy(at, sentence.end());
    }

    /** A replacement of old [from, to) with new words. */
    private record Change(Kind kind, int from, int to, String replacement) {
    }

    /** Straight quotes to curly ones, " - " to " – ", double spaces to one, ' to ’. */
    private static List<Change> normalising(String text, Sentence sentence) {
        List<Change> changes = new ArrayList<>();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                boolean opening = i == sentence.start() || Character.isWhitespace(text.charAt(i - 1));
                changes.add(new Change(Kind.PUNCTUATION_NORMALISED, i, i + 1, opening ? "“" : "”"));
            } else if (c == '\'') {
                changes.add(new Change(Kind.PUNCTUATION_NORMALISED, i, i + 1, "’"));
            } else if (c == '-' && i > 0 && text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                changes.add(new Change(Kind.PUNCTUATION_NORMALISED, i, i + 1, "–"));
            } else if (c == ' ' && i + 1 < sentence.end() && text.charAt(i + 1) == ' ') {
                changes.add(new Change(Kind.WHITESPACE_NORMALISED, i, i + 2, " "));
                i++;
            }
        }
        return changes;
    }

    /** One to three of: a number changed, a word swapped, a typo fixed, the quote reworded. */
    private static List<Change> writersChanges(String text, Sentence sentence, NewsText news, Random random) {
        String words = text.substring(sentence.start(), sentence.end());
        List<Change> possible = new ArrayList<>();
        Matcher number = NUMBER.matcher(words);
        while (number.find()) {
            possible.add(new Change(Kind.NUMBER_CHANGED, sentence.start() + number.start(), sentence.start() + number.end(),
                    differentNumber(number.group(), news)));
        }
        for (String[] swap : NewsText.SWAPS) {
            int at = NewsText.wordAt(words, swap[0]);
            if (at >= 0) {
                possible.add(new Change(Kind.WORD_SUBSTITUTED, sentence.start() + at, sentence.start() + at + swap[0].length(),
                        swap[1]));
            }
        }
        for (String[] typo : NewsText.TYPOS) {
            int at = NewsText.wordAt(words, typo[0]);
            if (at >= 0) {
                possible.add(new Change(Kind.TYPO_FIXED, sentence.start() + at, sentence.start() + at + typo[0].length(),
                        typo[1]));
            }
        }
        possible.addAll(quoteRewording(text, sentence, random));
        List<Change> chosen = new ArrayList<>();
        int wanted = 1 + random.nextInt(3);
        while (!possible.isEmpty() && chosen.size() < wanted) {
            chosen.add(possible.remove(random.nextInt(possible.size())));
        }
        if (chosen.isEmpty()) {
            // Nothing to change in place: the writer adds a word before the last one.
            int at = text.lastIndexOf(' ', sentence.end() - 1);
            if (at > sentence.start()) {
                chosen.add(new Change(Kind.WORD_SUBSTITUTED, at + 1, at + 1, "reportedly "));
            }
        }
        return chosen;
    }

    private static String differentNumber(String old, NewsText news) {
        String replacement = news.number();
        while (replacement.equals(old)) {
            replacement = news.number();
        }
        return replacement;
    }

    /** Inside a quotation: a word replaced, dropped, or added. */
    private static List<Change> quoteRewording(String text, Sentence sentence, Random random) {
        int open = indexOfAny(text, sentence.start(), sentence.end(), "“\"");
        int close = open < 0 ? -1 : indexOfAny(text, open + 1, sentence.end(), "”\"");
        if (open < 0 || close < 0) {
            return List.of();
        }
        List<int[]> words = new ArrayList<>();
        Matcher word = Pattern.compile("\\p{L}+").matcher(text).region(open + 1, close);
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        if (words.size() < 4) {
            return List.of();
        }
        int[] target = words.get(1 + random.nextInt(words.size() - 2));
        String other = QUOTE_WORDS.get(random.nextInt(QUOTE_WORDS.size()));
        return List.of(switch (random.nextInt(3)) {
            case 0 -> new Change(Kind.QUOTE_REWORDED, target[0], target[1], other);
            case 1 -> new Change(Kind.QUOTE_REWORDED, target[0], target[1] + 1, "");
            default -> new Change(Kind.QUOTE_REWORDED, target[0], target[0], other + " ");
        });
    }

    private static int indexOfAny(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The new draft as it is written, with the source of every character. */
    private static final class Builder {

        final String oldText;
        final StringBuilder text = new StringBuilder();
        final List<Edit> edits = new ArrayList<>();
        private int[] sources = new int[1024];

        Builder(String oldText) {
            this.oldText = oldText;
        }

        int edit(Kind kind, int oldFrom, int oldTo) {
            edits.add(new Edit(kind, oldFrom, oldTo));
            return edits.size() - 1;
        }

        void copy(int from, int to) {
            for (int i = from; i < to; i++) {
                append(oldText.charAt(i), i);
            }
        }

        void write(String written, int edit) {
            for (int i = 0; i < written.length(); i++) {
                append(written.charAt(i), -(edit + 1));
            }
        }

        private void append(char c, int source) {
            if (text.length() == sources.length) {
                sources = java.util.Arrays.copyOf(sources, sources.length * 2);
            }
            sources[text.length()] = source;
            text.append(c);
        }

        int[] sources() {
            return java.util.Arrays.copyOf(sources, text.length());
        }
    }
}
