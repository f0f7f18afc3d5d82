package org.claimstat.check;

import java.util.ArrayList;
import java.util.List;
import org.claimstat.Claim;

/** Splits a group sorted by period into runs of claims with the same period, in linear time. */
final class Runs {
    private Runs() {
    }

    static List<List<Claim>> byPeriod(List<Claim> sorted) {
        List<List<Claim>> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || !sorted.get(i).period().equals(sorted.get(start).period())) {
                runs.add(sorted.subList(start, i));
                start = i;
            }
        }
        return runs;
    }
}
