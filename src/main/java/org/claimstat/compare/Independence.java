package org.claimstat.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.Source;
import org.claimstat.Unit;

/**
 * Sorts claims into witnesses: claims of one origin, which count once. Claims are one witness when
 * they share a claimant (matched by {@link Claimants#keys}), or the name their quote attributes the
 * figure to ("according to The Bell", "citing Forbes", "Home Office figures show", which also
 * matches a claimant of that name), or carry the same quote from one claimant on one day. Claims of
 * one story (the same source, or sources that copy one wire through a {@code derived_from} chain)
 * are one witness where they share their origin or none is known: an article that quotes two
 * claimants holds two witnesses.
 * A claim with no claimant and no attribution has an unknown origin: it is a witness of its own
 * story, but not known to be independent.
 *
 * <p>Call it on claims that should agree (one indicator, entity and period): the witnesses depend
 * only on those claims and their sources, so any grouping that hands over the same claims (in
 * memory or on a cluster) gets the same witnesses. Stateless and thread-safe; linear in the number
 * of claims (hash keys and union-find).
 *
 * {@snippet class=org.claimstat.snippets.CompareSnippets region=independence}
 */
public final class Independence {
    private Independence() {
    }

    /** Why claims were put in one cluster. */
    public enum Reason {
        /** One story: the same source, or sources copying one wire service ({@code derived_from}). */
        SAME_STORY,
        /** The same quote from the same claimant, published the same day. */
        SAME_QUOTE,
        /** The same claimant repeating the same figure (kept for compatibility; now within {@link #SAME_CLAIMANT}). */
        SAME_CLAIMANT_FIGURE,
        /** The same claimant, whatever the figure. */
        SAME_CLAIMANT,
        /** Quotes that attribute the figure to one origin ("according to The Bell"), or to a claimant of the others. */
        ATTRIBUTION
    }

    /**
     * Claims that count as one witness; the first is the representative (earliest published, then
     * lowest id).
     *
     * @param claims the claims, representative first
     * @param reasons why they were joined, empty for a cluster of one
     * @param origin who the witness is, as written (a claimant or an attributed name); empty where unknown
     */
    public record Cluster(List<Claim> claims, Set<Reason> reasons, String origin) {
        /** Rejects an empty cluster; copies the lists. */
        public Cluster {
            claims = List.copyOf(claims);
            if (claims.isEmpty()) {
                throw new IllegalArgumentException("a cluster needs at least one claim");
            }
            reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
            Objects.requireNonNull(origin, "origin");
        }

        /** Returns a cluster of unknown origin. */
        public Cluster(List<Claim> claims, Set<Reason> reasons) {
            this(claims, reasons, "");
        }

        /** Returns the claim that stands for the cluster. */
        public Claim representative() {
            return claims.get(0);
        }

        /** Returns true where some claim names a claimant or attributes its figure: the witness is known. */
        public boolean originKnown() {
            return !origin.isEmpty();
        }

        /**
         * Returns the claims split into figures that agree once rounding is forgiven
         * ({@link org.claimstat.Quantity#roughly()}, in the claims' own unit), largest first (ties: the
         * one with the most recent claim first); each list keeps the cluster's order.
         */
        public List<List<Claim>> figures() {
            return Figures.of(claims);
        }

        /** Returns {@link #figures()} of only the claims that {@code keep} accepts (such as those in one unit). */
        public List<List<Claim>> figures(java.util.function.Predicate<Claim> keep) {
            List<Claim> kept = claims.stream().filter(keep).toList();
            return kept.isEmpty() ? List.of() : Figures.of(kept);
        }

        /** Returns the claims whose figures agree with the most others: what the witness says. */
        public List<Claim> mainFigure() {
            return figures().get(0);
        }

        /**
         * Returns the claim that states the witness's figure most precisely: of {@link #mainFigure()}, the
         * one with the narrowest {@link org.claimstat.Quantity#roughly()} interval (ties: the earliest), so
         * "100,210" speaks for a witness that also said "more than 100,000".
         */
        public Claim figure() {
            return figure(c -> true).orElseThrow();
        }

        /** Returns {@link #figure()} among the claims that {@code keep} accepts, empty where it accepts none. */
        public Optional<Claim> figure(java.util.function.Predicate<Claim> keep) {
            List<List<Claim>> groups = figures(keep);
            if (groups.isEmpty()) {
                return Optional.empty();
            }
            if (groups.get(0).size() == 1) {
                return Optional.of(groups.get(0).get(0));
            }
            Claim best = null;
            double bestWidth = Double.POSITIVE_INFINITY;
            for (Claim c : groups.get(0)) {
                double width = c.quantity().roughly().width();
                if (best == null || width < bestWidth) {
                    best = c;
                    bestWidth = width;
                }
            }
            return Optional.of(best);
        }

        /** Returns the reasons in words a reader uses, such as "the same claimant (Home Office)". */
        public String why() {
            return Witnesses.why(this);
        }
    }

    /**
     * Returns the witnesses among {@code claims}, in the order of their representatives.
     *
     * @param claims claims that should agree
     * @param sources looks up a claim's source by id
     */
    public static List<Cluster> clusters(List<Claim> claims, Function<String, Source> sources) {
        Objects.requireNonNull(sources, "sources");
        return witnesses(claims, id -> {
            try {
                return Optional.ofNullable(sources.apply(id));
            } catch (RuntimeException unknown) {
                return Optional.empty();
            }
        });
    }

    /**
     * Returns the witnesses among {@code claims}, in the order of their representatives.
     *
     * @param claims claims that should agree
     * @param sources looks up a source by id, empty for an id that names none (such as a wire
     *     service in {@code derived_from})
     */
    public static List<Cluster> witnesses(List<Claim> claims, Function<String, Optional<Source>> sources) {
        Objects.requireNonNull(sources, "sources");
        return Witnesses.of(claims, sources);
    }

    /** Returns the name a claim's quote attributes its figure to, such as "The Bell", if any. */
    public static Optional<String> attribution(Claim claim) {
        return Attributions.of(claim.quote());
    }

    /**
     * Returns the figure a claim states, whatever its hedge: the number without trailing zeros and
     * the unit ({@code 200000 person}), or a range's bounds ({@code 6..9 month}); empty for a date.
     */
    public static Optional<String> figure(Claim claim) {
        if (claim.unit().kind() == Unit.Kind.DATE) {
            return Optional.empty();
        }
        org.claimstat.Quantity q = claim.quantity();
        String stated = q.number().map(n -> n.stripTrailingZeros().toPlainString())
                .orElseGet(() -> plain(q.lower()) + ".." + plain(q.upper()));
        return Optional.of(stated + " " + claim.unit());
    }

    private static String plain(Optional<org.claimstat.Value> v) {
        return v.map(x -> x instanceof org.claimstat.Value.Decimal d ? d.number().stripTrailingZeros().toPlainString()
                : x.toString()).orElse("");
    }

    static String normalizeQuote(String quote) {
        StringBuilder out = new StringBuilder(quote.length());
        boolean space = false;
        for (int i = 0; i < quote.length(); i++) {
            char ch = quote.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(ch);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Splits the claims of one witness into figures that agree roughly: a sweep over the sorted intervals. */
    static final class Figures {
        private Figures() {
        }

        static List<List<Claim>> of(List<Claim> claims) {
            if (claims.size() == 1) {
                return List.of(List.of(claims.get(0)));
            }
            java.util.Map<Claim, Integer> order = new java.util.IdentityHashMap<>();
            for (int k = 0; k < claims.size(); k++) {
                order.put(claims.get(k), k);
            }
            java.util.Map<Claim, Interval> rough = new java.util.IdentityHashMap<>();
            claims.forEach(c -> rough.put(c, c.quantity().roughly()));
            // An open-ended figure ("more than 3,000") would reach every higher figure and chain 12,391 and 15,383 into
            // one: the sweep runs over bounded figures, and each open one joins the first group it agrees with.
            List<Claim> open = claims.stream().filter(c -> Double.isInfinite(rough.get(c).lower())
                    || Double.isInfinite(rough.get(c).upper())).toList();
            java.util.Set<Claim> isOpen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            isOpen.addAll(open);
            List<Claim> sorted = new ArrayList<>(open.size() == claims.size() ? claims
                    : claims.stream().filter(c -> !isOpen.contains(c)).toList());
            sorted.sort(Comparator.comparing((Claim c) -> c.unit().toString())
                    .thenComparingDouble(c -> rough.get(c).lower()));
            List<List<Claim>> groups = new ArrayList<>();
            List<Claim> current = new ArrayList<>();
            Interval reach = null;
            for (Claim c : sorted) {
                Interval i = rough.get(c);
                boolean apart = reach != null && (!c.unit().equals(current.get(0).unit()) || !(i.lower() < reach.upper()
                        || i.lower() == reach.upper() && i.lowerClosed() && reach.upperClosed()));
                if (apart) {
                    groups.add(current);
                    current = new ArrayList<>();
                    reach = null;
                }
                current.add(c);
                reach = reach == null || i.upper() > reach.upper() ? i : reach;
            }
            groups.add(current);
            if (open.size() < claims.size()) {
                for (Claim c : open) {
                    Interval i = rough.get(c);
                    groups.stream().filter(g -> g.get(0).unit().equals(c.unit()) && g.stream()
                            .allMatch(o -> i.overlaps(rough.get(o)))).findFirst()
                            .orElseGet(() -> {
                                List<Claim> own = new ArrayList<>();
                                groups.add(own);
                                return own;
                            }).add(c);
                }
            }
            List<List<Claim>> ordered = new ArrayList<>();
            for (List<Claim> g : groups) {
                List<Claim> inOrder = new ArrayList<>(g);
                inOrder.sort(Comparator.comparingInt(order::get));
                ordered.add(List.copyOf(inOrder));
            }
            ordered.sort(Comparator.comparingInt((List<Claim> g) -> -g.size())
                    .thenComparingInt(g -> -order.get(g.get(g.size() - 1))));
            return List.copyOf(ordered);
        }
    }
}
