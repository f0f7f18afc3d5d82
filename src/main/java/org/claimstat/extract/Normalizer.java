package org.claimstat.extract;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds words that mix scripts (a Cyrillic "а" hidden in a Latin word) with ICU4J's
 * {@link SpoofChecker} and reads them as if normalised: each odd-script letter whose confusable
 * skeleton is one letter of the word's main script is replaced by it. The reading has the length
 * of the original, so every offset into it is an offset into the original text.
 */
final class Normalizer {
    private static final SpoofChecker CHECKER = new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE).build();

    private static final int MAX_CACHED = 4096;
    private static final ConcurrentHashMap<String, Reading> READINGS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Character, String> SKELETONS = new ConcurrentHashMap<>();

    private Normalizer() {
    }

    /** The reading of a text, its chars (not to be changed), and the mixed-script words found in it. */
    record Result(String reading, char[] chars, List<Extraction.MixedScriptWord> words) {
    }

    static Result normalize(String text, boolean replace) {
        char[] src = text.toCharArray();
        boolean replaced = false;
        List<Extraction.MixedScriptWord> words = new ArrayList<>();
        int n = src.length;
        int i = 0;
        while (i < n) {
            i = skipAscii(src, i);
            if (i >= n) {
                break;
            }
            char c = src[i];
            if (c <= 0x7F || !Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && isWordChar(src[start - 1])) {
                start--;
            }
            i++;
            while (i < n && isWordChar(src[i])) {
                i++;
            }
            if (i - start > 64) {
                continue;
            }
            boolean mixed = mixesScripts(src, start, i);
            if (mixed || inLatinText(src, start, i)) {
                String word = text.substring(start, i);
                Reading known = mixed ? reading(word) : disguised(word);
                if (known != PASSES) {
                    String reading = known.reading;
                    words.add(new Extraction.MixedScriptWord(start, i, word, reading, known.scripts));
                    if (replace) {
                        // In place: the chars replaced are letters still, so the words after read as before.
                        reading.getChars(0, reading.length(), src, start);
                        replaced = true;
                    }
                }
            }
        }
        return new Result(replaced ? new String(src) : text, src, List.copyOf(words));
    }

    /** The index of the first char above ASCII at or after {@code from}, or the length: whole blocks of ASCII are passed over at once. */
    private static int skipAscii(char[] s, int from) {
        int i = from;
        while (i + ASCII_BLOCK <= s.length) {
            int any = 0;
            for (int k = i; k < i + ASCII_BLOCK; k++) {
                any |= s[k];
            }
            if (any > 0x7F) {
                break;
            }
            i += ASCII_BLOCK;
        }
        while (i < s.length && s[i] <= 0x7F) {
            i++;
        }
        return i;
    }

    private static final int ASCII_BLOCK = 32;

    private static boolean isWordChar(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** How a word that mixes scripts reads, and its scripts; {@link #PASSES} where the spoof checks pass. */
    private record Reading(String reading, String scripts) {
    }

    private static final Reading PASSES = new Reading("", "");

    /**
     * The reading of a word that fails {@link SpoofChecker#failsChecks(String)}, or {@link #PASSES};
     * remembered for up to {@value #MAX_CACHED} words, as it depends on the word alone.
     */
    private static Reading reading(String word) {
        return remembered(word, w -> CHECKER.failsChecks(w) ? new Reading(read(w, mainScript(w)), scripts(w)) : PASSES);
    }

    /**
     * The reading of a word worked out by {@code how}, remembered for up to {@value #MAX_CACHED} words. A word either
     * mixes scripts or is of one script, so the two readings ({@link #reading}, {@link #disguised}) never share a key.
     */
    private static Reading remembered(String word, java.util.function.Function<String, Reading> how) {
        Reading known = READINGS.get(word);
        if (known == null) {
            known = how.apply(word);
            if (READINGS.size() < MAX_CACHED) {
                READINGS.put(word, known);
            }
        }
        return known;
    }

    /** How far {@link #inLatinText} looks for the neighbouring words' letters, so each look costs a bounded time. */
    private static final int CONTEXT = 24;

    /**
     * True where the word {@code from..to}, of one script other than Latin, stands between Latin words: a letter
     * before it and a letter after it (within {@value #CONTEXT} chars, where there are any) are Latin, and there is
     * at least one of them. A Cyrillic "а" alone between English words is such a word; one in Russian text is not.
     */
    private static boolean inLatinText(char[] text, int from, int to) {
        int script = scriptOf(text[from]);
        if (script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED) {
            return false;
        }
        int before = neighbourScript(text, from - 1, -1);
        int after = neighbourScript(text, to, 1);
        return (before == UScript.LATIN || after == UScript.LATIN)
                && (before == UScript.LATIN || before == UScript.INVALID_CODE)
                && (after == UScript.LATIN || after == UScript.INVALID_CODE);
    }

    /**
     * The script of the first letter from {@code k} in direction {@code step}, or {@link UScript#INVALID_CODE} where
     * none is found within {@value #CONTEXT} chars or before a line break.
     */
    private static int neighbourScript(char[] text, int k, int step) {
        for (int seen = 0; k >= 0 && k < text.length && seen < CONTEXT; k += step, seen++) {
            char c = text[k];
            if (c == '\n') {
                break;
            }
            if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                return scriptOf(c);
            }
        }
        return UScript.INVALID_CODE;
    }

    /**
     * The reading of a word of another script standing in Latin text where every letter of it looks like an ASCII
     * letter (Cyrillic "а", "АІ"), or {@link #PASSES} where one does not ("Москва": "к" looks like no ASCII letter).
     */
    private static Reading disguised(String word) {
        return remembered(word, w -> {
            String latin = read(w, UScript.LATIN);
            for (int k = 0; k < latin.length(); k++) {
                char ch = latin.charAt(k);
                if (ch >= 0x80 || !Character.isLetterOrDigit(ch) && ch != '\'' && ch != '-') {
                    return PASSES;
                }
            }
            return new Reading(latin, scripts(w) + " in Latin text");
        });
    }

    /**
     * The Latin capitals and small letters by their skeleton, so that a confusable is read as the Latin letter of its
     * own case: Cyrillic "І" and Latin "I" share the skeleton "l", and "АІ" reads "AI", not "AL".
     */
    private static final java.util.Map<String, Character> LATIN_UPPER = latinBySkeleton('A');
    private static final java.util.Map<String, Character> LATIN_LOWER = latinBySkeleton('a');

    private static java.util.Map<String, Character> latinBySkeleton(char first) {
        java.util.Map<String, Character> map = new java.util.HashMap<>();
        for (char c = first; c < first + 26; c++) {
            map.putIfAbsent(CHECKER.getSkeleton(String.valueOf(c)), c);
        }
        return java.util.Map.copyOf(map);
    }

    /** {@link SpoofChecker#getSkeleton(CharSequence)} of one char, remembered. */
    private static String skeleton(char c) {
        return SKELETONS.computeIfAbsent(c, k -> CHECKER.getSkeleton(String.valueOf(k)));
    }

    /** {@link UScript#getScript} of a char, ASCII without the look-up: Latin letters, everything else common. */
    private static int scriptOf(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? UScript.LATIN : UScript.COMMON : UScript.getScript(c);
    }

    private static boolean mixesScripts(char[] text, int from, int to) {
        int first = -1;
        for (int k = from; k < to; k++) {
            int s = scriptOf(text[k]);
            if (s == UScript.COMMON || s == UScript.INHERITED) {
                continue;
            }
            if (first == -1) {
                first = s;
            } else if (s != first) {
                return true;
            }
        }
        return false;
    }

    private static int mainScript(String word) {
        int latin = 0;
        int other = 0;
        int otherScript = UScript.LATIN;
        for (int k = 0; k < word.length(); k++) {
            int s = UScript.getScript(word.charAt(k));
            if (s == UScript.LATIN) {
                latin++;
            } else if (s != UScript.COMMON && s != UScript.INHERITED) {
                other++;
                otherScript = s;
            }
        }
        return latin >= other ? UScript.LATIN : otherScript;
    }

    private static String read(String word, int main) {
        char[] chars = word.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            int s = UScript.getScript(chars[k]);
            if (s == main || s == UScript.COMMON || s == UScript.INHERITED) {
                continue;
            }
            String skeleton = skeleton(chars[k]);
            boolean upper = Character.isUpperCase(chars[k]);
            Character latin = main == UScript.LATIN ? (upper ? LATIN_UPPER : LATIN_LOWER).get(skeleton) : null;
            if (latin != null) {
                chars[k] = latin;
            } else if (skeleton.length() == 1 && UScript.getScript(skeleton.charAt(0)) == main) {
                char mapped = skeleton.charAt(0);
                chars[k] = upper ? Character.toUpperCase(mapped) : mapped;
            }
        }
        return new String(chars);
    }

    /** The scripts of a word joined by "+", Latin first and the others as they come: "аnd" and "sаnctions" alike give Latin+Cyrillic. */
    private static String scripts(String word) {
        List<Integer> seen = new ArrayList<>();
        for (int k = 0; k < word.length(); k++) {
            int s = UScript.getScript(word.charAt(k));
            if (s != UScript.COMMON && s != UScript.INHERITED && !seen.contains(s)) {
                seen.add(s);
            }
        }
        if (seen.remove(Integer.valueOf(UScript.LATIN))) {
            seen.add(0, UScript.LATIN);
        }
        StringBuilder sb = new StringBuilder();
        for (int s : seen) {
            sb.append(sb.length() == 0 ? "" : "+").append(UScript.getName(s));
        }
        return sb.toString();
    }
}
