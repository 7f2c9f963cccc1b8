package dev.rt.processor.writing;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Locale;

/**
 * English for generated javadoc: a count with its noun in the right number ({@code 1 record},
 * {@code 2 records}), and the article before a word ({@code a Counter}, {@code an Inventory}).
 */
final class Words {
    /** Words that start with a vowel letter but the sound of a consonant: "a user", "a one". */
    private static final List<String> CONSONANT_SOUNDS =
            List.of("eu", "ewe", "one", "once", "uni", "use", "usa", "usu", "uti", "ubi", "ura",
                    "ure", "uro");

    /** Words that start with a silent h, so with a vowel sound: "an hour". */
    private static final List<String> SILENT_H =
            List.of("hour", "honest", "honor", "honour", "heir");

    /** Letters whose name starts with a vowel sound, for an acronym spelled out: "an SQL". */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

    private Words() {}

    /**
     * {@return {@code count} and the noun, singular for 1 and plural otherwise, such as {@code "1
     * record"} or {@code "3 records"}}
     *
     * @param count how many
     * @param singular the noun in the singular; the plural is made by the usual rules
     */
    static String count(long count, String singular) {
        return count(count, singular, plural(singular));
    }

    /** {@return as {@link #count(long, String)}, with the plural given, such as "children"} */
    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** {@return the plural of a regular noun: "record" gives "records", "entry" "entries"} */
    static String plural(String singular) {
        String lower = singular.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z")
                || lower.endsWith("ch") || lower.endsWith("sh")) {
            return singular + "es";
        }
        if (lower.length() > 1
                && lower.endsWith("y")
                && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        return singular + "s";
    }

    /**
     * {@return "a" or "an", as the sound that starts {@code word} wants: "an Inventory", "a
     * Counter", "a UserStore", "an HTTPClient", "a URLFetcher"}
     *
     * <p>A word that starts with two capitals is read as an acronym, letter by letter.
     */
    static String article(String word) {
        if (word.isEmpty()) {
            return "a";
        }
        char first = word.charAt(0);
        boolean acronym = word.length() > 1
                && Character.isUpperCase(first)
                && Character.isUpperCase(word.charAt(1));
        if (acronym) {
            return VOWEL_SOUND_LETTERS.indexOf(first) >= 0 ? "an" : "a";
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (SILENT_H.stream().anyMatch(lower::startsWith)) {
            return "an";
        }
        if (CONSONANT_SOUNDS.stream().anyMatch(lower::startsWith)) {
            return "a";
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
    }

    /**
     * {@return the article before a type's name as javadoc writes it: from its outermost simple
     * name, which comes first in {@code Greeters.English}}
     */
    static String article(ClassName type) {
        return article(type.simpleNames().get(0));
    }
}
