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
            if (i - start <= 64 && mixesScripts(src, start, i)) {
                String word = text.substring(start, i);
                Reading known = reading(word);
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
        Reading known = READINGS.get(word);
        if (known == null) {
            known = CHECKER.failsChecks(word) ? new Reading(read(word, mainScript(word)), scripts(word)) : PASSES;
            if (READINGS.size() < MAX_CACHED) {
                READINGS.put(word, known);
            }
        }
        return known;
    }

    /** {@link SpoofChecker#getSkeleton(CharSequence)} of one char, remembered. */
    private static String skeleton(char c) {
        return SKELETONS.computeIfAbsent(c, k -> CHECKER.getSkeleton(String.valueOf(k)));
    }

    private static boolean mixesScripts(char[] text, int from, int to) {
        int first = -1;
        for (int k = from; k < to; k++) {
            char c = text[k];
            int s = c < 0x80 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? UScript.LATIN : UScript.COMMON)
                    : UScript.getScript(c);
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
            if (skeleton.length() == 1 && UScript.getScript(skeleton.charAt(0)) == main) {
                char mapped = skeleton.charAt(0);
                chars[k] = Character.isUpperCase(chars[k]) ? Character.toUpperCase(mapped) : mapped;
            }
        }
        return new String(chars);
    }

    private static String scripts(String word) {
        StringBuilder sb = new StringBuilder();
        List<Integer> seen = new ArrayList<>();
        for (int k = 0; k < word.length(); k++) {
            int s = UScript.getScript(word.charAt(k));
            if (s != UScript.COMMON && s != UScript.INHERITED && !seen.contains(s)) {
                seen.add(s);
                sb.append(sb.length() == 0 ? "" : "+").append(UScript.getName(s));
            }
        }
        return sb.toString();
    }
}
