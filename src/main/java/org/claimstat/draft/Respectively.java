package org.claimstat.draft;

import java.util.List;
import org.claimstat.Unit;
import org.claimstat.extract.Mention;

/**
 * Pairs the numbers of a "respectively" list with what follows them: in "110,000, 80,000 and 74,000 Russians went to
 * Kazakhstan, Georgia and Finland respectively" the second number counts Russians and is about Georgia.
 */
final class Respectively {
    /**
     * What the list gives one of its numbers.
     *
     * @param place the place paired with it, or null where the places do not pair one to one
     * @param counted the counted noun of the list's last number
     * @param unit the unit of the list's last number
     */
    record Item(Places.Place place, String counted, Unit unit) {
    }

    private Respectively() {
    }

    /**
     * Returns what the "respectively" list of sentence {@code sStart..sEnd} gives {@code m}, or null where the
     * sentence has no such list or {@code m} is not in it. {@code inSentence} are the sentence's mentions in order.
     */
    static Item of(String text, int sStart, int sEnd, List<Mention> inSentence, Mention m) {
        int word = text.indexOf("respectively", sStart);
        if (word < 0 || word >= sEnd) {
            return null;
        }
        List<Mention> numbers = inSentence.stream()
                .filter(x -> x.kind() != Mention.Kind.DATE && x.end() <= word && x.kind() == m.kind()).toList();
        int index = numbers.indexOf(m);
        if (index < 0 || numbers.size() < 2) {
            return null;
        }
        Mention last = numbers.get(numbers.size() - 1);
        List<Places.Place> places = Places.find(text, last.end(), word).stream().filter(p -> !p.demonym()).toList();
        if (places.size() != numbers.size()) {
            places = Places.find(text, sStart, numbers.get(0).start()).stream().filter(p -> !p.demonym()).toList();
        }
        if (places.size() != numbers.size() && places.size() > 1 && numbers.size() % places.size() == 0) {
            // two lists over the same places: "in Khartoum and North Darfur, with 157 and 68 clashes recorded,
            // leading to 260 and 396 deaths, respectively"
            int n = places.size();
            Mention ofGroup = numbers.get(index / n * n + n - 1);
            return new Item(places.get(index % n), ofGroup.counted(), ofGroup.unit());
        }
        Places.Place place = places.size() == numbers.size() ? places.get(index) : null;
        return new Item(place, last.counted(), last.unit());
    }
}
