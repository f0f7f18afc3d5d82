package org.claimstat.draft;

import java.util.Map;
import java.util.Objects;
import org.claimstat.ClaimKind;
import org.claimstat.Period;
import org.claimstat.Unit;
import org.claimstat.extract.Mention;

/**
 * The fields a careful fact-checker fills for one quantity mention, as the drafter guessed them, with why.
 *
 * @param mention the mention the claim is drafted from
 * @param entity an ISO 3166 alpha-2 code (or a region such as {@code EU}), empty where none was found
 * @param period what the number covers, {@link Period#UNSPECIFIED} where nothing says
 * @param claimant who states the figure; the outlet where the outlet states it itself
 * @param kind observation, estimate, forecast, statement (or event for dates)
 * @param quote the sentence the number stands in (trimmed around the number if very long)
 * @param quoteStart index of the quote's first char in the article text
 * @param quoteEnd index after the quote's last char in the article text
 * @param unit the claim's unit: the mention's, or a counted noun found away from the number
 * @param indicatorKey a key that mentions measuring the same thing share across documents, before grouping
 * @param indicatorLabel a readable label for that indicator
 * @param notes why each guessed field was filled so, by field name ({@code period} to "from publication date")
 */
record ClaimFields(Mention mention, String entity, Period period, String claimant, ClaimKind kind,
                   String quote, int quoteStart, int quoteEnd, Unit unit, String indicatorKey, String indicatorLabel,
                   Map<String, String> notes) {

    ClaimFields {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicatorKey, "indicatorKey");
        Objects.requireNonNull(indicatorLabel, "indicatorLabel");
        notes = Map.copyOf(notes);
    }
}
