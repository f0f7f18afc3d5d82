package org.claimstat.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.measure.Dimension;
import org.claimstat.Unit;
import tech.units.indriya.unit.Units;

/** Names what a unit measures, from its kind and, for a physical unit, from its JSR-385 dimension in Indriya. */
final class Dimensions {
    private static final Map<Dimension, String> NAMES = Map.ofEntries(
            Map.entry(Units.METRE.getDimension(), "length"),
            Map.entry(Units.SQUARE_METRE.getDimension(), "area"),
            Map.entry(Units.CUBIC_METRE.getDimension(), "volume"),
            Map.entry(Units.KILOGRAM.getDimension(), "mass"),
            Map.entry(Units.SECOND.getDimension(), "time"),
            Map.entry(Units.METRE_PER_SECOND.getDimension(), "speed"),
            Map.entry(Units.WATT.getDimension(), "power"),
            Map.entry(Units.JOULE.getDimension(), "energy"),
            Map.entry(Units.KELVIN.getDimension(), "temperature"),
            Map.entry(Units.NEWTON.getDimension(), "force"),
            Map.entry(Units.PASCAL.getDimension(), "pressure"),
            Map.entry(tech.units.indriya.unit.UnitDimension.parse('I'), "information"),
            Map.entry(tech.units.indriya.AbstractUnit.ONE.getDimension(), "ratio"));
    private static final Map<String, String> BY_SYMBOL = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 1024;

    private Dimensions() {
    }

    /** Returns the dimension's name of {@code unit}: {@code count}, {@code money}, {@code length} ... */
    static String of(Unit unit) {
        return switch (unit.kind()) {
            case COUNT -> "count";
            case CURRENCY -> "money";
            case PERCENT -> "percent";
            case RANK -> "rank";
            case DATE -> "date";
            case TIME -> "time";
            case PHYSICAL -> physical(unit);
        };
    }

    /** Returns the dimension's name of what a rate is per: a time or physical unit symbol, else a counted noun. */
    static String ofPer(String per) {
        try {
            return of(Lexicon.unit(per));
        } catch (IllegalArgumentException e) {
            return "count";
        }
    }

    private static String physical(Unit unit) {
        String name = BY_SYMBOL.get(unit.symbol());
        if (name == null) {
            Dimension d = unit.measure().orElseThrow().getDimension();
            name = NAMES.getOrDefault(d, d.toString());
            if (BY_SYMBOL.size() < MAX_CACHED) {
                BY_SYMBOL.put(unit.symbol(), name);
            }
        }
        return name;
    }
}
