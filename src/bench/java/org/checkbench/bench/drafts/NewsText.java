package org.checkbench.bench.drafts;

import java.util.List;
import java.util.Random;

/**
 * Sentences that read like a news report on a conflict, an election or a budget: attributions,
 * figures, places, dates and direct quotes, with the slips real drafts have (typos, straight
 * quotes, double spaces, hyphens for dashes) for a later revision to clean up. Seeded, so a trial
 * can be repeated exactly.
 */
final class NewsText {

    private static final List<String> SOURCES = List.of("The defence ministry", "Ukraine's military intelligence",
            "South Korea's spy agency", "A Kremlin spokesman", "Officials in Seoul", "The Pentagon",
            "NATO's secretary general", "The regional governor", "Analysts at the institute", "A senior official",
            "The United Nations refugee agency", "Independent monitors", "Prosecutors in the capital",
            "The city council", "Election observers", "The health ministry", "The central bank",
            "Local emergency services", "A parliamentary committee", "The state statistics office",
            "Human rights groups", "The finance minister", "Border guards", "The electoral commission");
    private static final List<String> VERBS = List.of("said", "estimated", "reported", "claimed", "confirmed",
            "announced", "told reporters", "wrote in a statement", "insisted", "acknowledged");
    private static final List<String> UNITS = List.of("troops", "soldiers", "civilians", "vehicles", "artillery shells",
            "households", "voters", "patients", "tonnes of grain", "refugees", "drones", "ballots", "teachers",
            "hospital beds", "schools", "homes");
    private static final List<String> EVENTS = List.of("arrived in", "were moved to", "were deployed near",
            "left", "were counted in", "were registered in", "were destroyed around", "were evacuated from",
            "were delivered to", "were reported missing in");
    private static final List<String> PLACES = List.of("Kursk", "Pyongyang", "Kharkiv", "Donetsk", "Belgorod",
            "Vladivostok", "Zaporizhzhia", "Odesa", "the border region", "the eastern provinces", "Seoul", "Rostov",
            "the capital", "the port city", "Mariupol", "Kherson", "Sumy", "Lviv", "Dnipro", "the northern districts",
            "Novgorod", "Bryansk", "the coastal villages", "Chernihiv");
    private static final List<String> TIMES = List.of("last week", "in October", "since the spring", "on Tuesday",
            "over the weekend", "in the past month", "by the end of March", "this year", "in early November",
            "during the summer", "on Monday night", "two days later");
    private static final List<String> FIRST = List.of("Olena", "Kim", "Park", "Sergei", "Anna", "Mykola", "Lee",
            "Maria", "Dmitri", "Iryna", "Jonas", "Sofia", "Andriy", "Yuna", "Pavel", "Oksana", "Tomas", "Hana");
    private static final List<String> LAST = List.of("Kovalenko", "Jong-un", "Min-jun", "Ivanov", "Schmidt",
            "Shevchenko", "Seo-yeon", "Petrova", "Volkov", "Bondarenko", "Novak", "Moreau", "Tkachenko", "Choi",
            "Lebedev", "Melnyk");
    private static final List<String> ROLES = List.of("a military analyst", "the deputy mayor", "a former diplomat",
            "a spokeswoman for the ministry", "an economist at the university", "the head of the commission",
            "a local volunteer", "a researcher who studies the region", "the opposition leader");
    private static final List<String> QUOTES = List.of(
            "We have seen {n} {unit} cross the border in a single week",
            "This is the largest deployment since {year}, and nobody here expected it",
            "The numbers we were given do not match what we saw on the ground",
            "Every family in {place} has lost someone or knows someone who has",
            "Nobody expected the {thing} to grow so quickly, least of all the government",
            "If the figures are right, the {thing} will run out before {time}",
            "We counted {n} {unit} ourselves, which is far more than the official estimate",
            "The report was written before anyone had visited {place}");
    private static final List<String> THINGS = List.of("budget", "deficit", "programme", "reconstruction fund",
            "evacuation plan", "military budget", "grain corridor", "recruitment drive", "pension reform");
    private static final List<String> ADJECTIVES = List.of("exaggerated", "accurate", "misleading", "incomplete",
            "plausible", "out of date", "politically motivated", "broadly correct");
    private static final List<String> BACKGROUND = List.of(
            "The claim could not be independently verified.",
            "Reporters were not allowed into the area.",
            "The statement did not give further details.",
            "Neither side commented on the reports.",
            "The figures have not been published in full.");

    /** Misspellings a spell checker or an editor would fix in the next draft: {wrong, right}. */
    static final List<String[]> TYPOS = List.of(new String[] {"recieved", "received"},
            new String[] {"goverment", "government"}, new String[] {"accomodation", "accommodation"},
            new String[] {"occured", "occurred"}, new String[] {"seperate", "separate"},
            new String[] {"untill", "until"}, new String[] {"begining", "beginning"},
            new String[] {"wich", "which"}, new String[] {"thier", "their"}, new String[] {"adress", "address"});

    /** Words a writer swaps for one another. */
    static final List<String[]> SWAPS = List.of(new String[] {"said", "stated"}, new String[] {"troops", "soldiers"},
            new String[] {"estimated", "calculated"}, new String[] {"arrived in", "reached"},
            new String[] {"last week", "on Friday"}, new String[] {"largest", "biggest"},
            new String[] {"reported", "noted"}, new String[] {"civilians", "residents"},
            new String[] {"expected", "predicted"}, new String[] {"claimed", "alleged"},
            new String[] {"government", "cabinet"}, new String[] {"region", "area"},
            new String[] {"official", "authorised"}, new String[] {"confirmed", "verified"});

    private final Random random;

    /** Sentences every report repeats; only these may occur twice in a draft. */
    static boolean isBoilerplate(String sentence) {
        return BACKGROUND.contains(sentence);
    }

    NewsText(Random random) {
        this.random = random;
    }

    /** One sentence; {@code slips} allows typos, straight quotes, double spaces and " - ". */
    String sentence(boolean slips) {
        String sentence = switch (random.nextInt(12)) {
            case 0, 1 -> pick(SOURCES) + " " + pick(VERBS) + " that " + number() + " " + pick(UNITS) + " "
                    + pick(EVENTS) + " " + pick(PLACES) + " " + pick(TIMES) + ".";
            case 2 -> pick(SOURCES) + " " + pick(VERBS) + " on " + day() + " that " + random.nextInt(3, 97)
                    + "% of " + pick(UNITS) + " in " + pick(PLACES) + " had been affected.";
            case 3 -> "According to " + lower(pick(SOURCES)) + ", " + number() + " " + pick(UNITS) + " "
                    + pick(EVENTS) + " " + pick(PLACES) + " between " + month() + " and " + month() + ".";
            case 4 -> name() + ", " + pick(ROLES) + ", said: " + quote(slips);
            case 5 -> "The " + pick(THINGS) + " will cost " + money() + ", " + lower(pick(SOURCES)) + " "
                    + pick(VERBS) + ".";
            case 6 -> "In " + random.nextInt(1995, 2025) + ", " + pick(PLACES) + " recorded " + number() + " "
                    + pick(UNITS) + ", up from " + number() + " a year earlier.";
            case 7 -> name() + " described the figures as " + pick(ADJECTIVES) + (random.nextInt(3) == 0
                    ? (slips ? " - " : " – ") + "and said the government had received them " + pick(TIMES) + "."
                    : ", adding that they had been " + pick(ADJECTIVES) + " " + pick(TIMES) + ".");
            case 9 -> "The " + pick(THINGS) + " was approved at the beginning of " + month()
                    + ", the government " + pick(VERBS) + ".";
            case 10 -> name() + " said their figures had been received from " + lower(pick(SOURCES)) + " until "
                    + month() + ", which was " + pick(ADJECTIVES) + ".";
            case 11 -> "Two separate reports said the attack occurred " + pick(TIMES) + " near " + pick(PLACES) + ".";
            default -> random.nextInt(4) == 0 ? pick(BACKGROUND)
                    : pick(SOURCES) + " " + pick(VERBS) + " the " + pick(THINGS) + " would be "
                            + (random.nextBoolean() ? "approved" : "reviewed") + " by " + month() + " "
                            + random.nextInt(2024, 2030) + ".";
        };
        return slips ? withSlips(sentence) : sentence;
    }

    /** Misspells a word the way drafts do, and now and then leaves a double space. */
    private String withSlips(String sentence) {
        String result = sentence;
        for (String[] typo : TYPOS) {
            int at = wordAt(result, typo[1]);
            if (at >= 0 && random.nextInt(3) == 0) {
                result = result.substring(0, at) + typo[0] + result.substring(at + typo[1].length());
            }
        }
        if (random.nextInt(8) == 0) {
            int at = result.indexOf(' ', random.nextInt(Math.max(1, result.length() - 1)));
            if (at > 0) {
                result = result.substring(0, at) + "  " + result.substring(at + 1);
            }
        }
        return result;
    }

    /** Where {@code word} stands as a whole word in {@code text}, or -1. */
    static int wordAt(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }

    private String quote(boolean slips) {
        String body = pick(QUOTES).replace("{n}", number()).replace("{unit}", pick(UNITS))
                .replace("{year}", String.valueOf(random.nextInt(1990, 2023))).replace("{place}", pick(PLACES))
                .replace("{thing}", pick(THINGS)).replace("{time}", pick(TIMES));
        return slips && random.nextBoolean() ? "\"" + body + ".\"" : "“" + body + ".”";
    }

    String number() {
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf(random.nextInt(2, 99));
            case 1 -> String.format(java.util.Locale.ROOT, "%,d", random.nextInt(100, 99_000));
            case 2 -> String.format(java.util.Locale.ROOT, "%,d", random.nextInt(1, 90) * 1000);
            default -> String.valueOf(random.nextInt(100, 999));
        };
    }

    private String money() {
        return "$" + random.nextInt(2, 900) + (random.nextBoolean() ? " million" : " billion");
    }

    private String day() {
        return pick(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"));
    }

    private String month() {
        return pick(List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"));
    }

    private String name() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private static String lower(String phrase) {
        return phrase.startsWith("NATO") ? phrase : Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
