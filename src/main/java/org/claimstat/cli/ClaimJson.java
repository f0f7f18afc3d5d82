package org.claimstat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.claimstat.Claim;
import org.claimstat.Interval;
import org.claimstat.dataset.ClaimDataset;
import org.claimstat.dataset.ClaimDatasets;
import tech.tablesaw.api.Table;

/**
 * Renders claims as a JSON array: per claim an object with the {@code claims.csv} columns as
 * strings exactly as in the file, {@code interval_lower} and {@code interval_upper} (numbers,
 * epoch days for dates, null where unbounded), {@code interval} in notation such as
 * {@code (90000, 95000]} (ISO days for dates), and {@code extra} with the extra columns.
 */
final class ClaimJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClaimJson() {
    }

    static String of(ClaimDataset dataset) {
        Table table = dataset.toTable();
        List<Claim> claims = dataset.claims();
        ArrayNode array = MAPPER.createArrayNode();
        for (int r = 0; r < claims.size(); r++) {
            ObjectNode node = array.addObject();
            for (String name : ClaimDatasets.CLAIM_COLUMNS) {
                node.put(name, table.stringColumn(name).get(r));
            }
            Interval interval = claims.get(r).interval();
            putEnd(node, "interval_lower", interval.lower());
            putEnd(node, "interval_upper", interval.upper());
            node.put("interval", ClaimText.interval(claims.get(r)));
            ObjectNode extra = node.putObject("extra");
            claims.get(r).extra().forEach(extra::put);
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    private static void putEnd(ObjectNode node, String name, double end) {
        if (Double.isInfinite(end)) {
            node.putNull(name);
        } else {
            node.put(name, end);
        }
    }
}
