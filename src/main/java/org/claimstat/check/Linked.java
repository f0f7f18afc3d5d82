package org.claimstat.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimstat.Relation;
import org.claimstat.RelationRule;

/** Links indicators that declared relations name together (union-find), for {@link Grouping#LINKED}. */
final class Linked {
    private Linked() {
    }

    /** Returns each indicator's group key: the least id of the indicators linked with it; relations that cannot be read are left out. */
    static Map<String, String> groups(Set<String> indicators, List<Relation> relations) {
        Map<String, String> parent = new HashMap<>();
        indicators.forEach(i -> parent.put(i, i));
        for (Relation r : relations) {
            Set<String> ids;
            try {
                ids = RelationRule.parse(r.expression()).indicators();
            } catch (IllegalArgumentException e) {
                continue;
            }
            String first = null;
            for (String id : ids) {
                if (!parent.containsKey(id)) {
                    continue;
                }
                if (first == null) {
                    first = id;
                } else {
                    union(parent, first, id);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        indicators.forEach(i -> out.put(i, root(parent, i)));
        return Map.copyOf(out);
    }

    /** Returns the relations that can be read and name the entities of their references. */
    static List<Relation> acrossEntities(List<Relation> relations) {
        List<Relation> out = new java.util.ArrayList<>();
        for (Relation r : relations) {
            try {
                if (RelationRule.parse(r.expression()).acrossEntities()) {
                    out.add(r);
                }
            } catch (IllegalArgumentException e) {
                // left to RelationCheck, which reports it
            }
        }
        return List.copyOf(out);
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else if (rb.compareTo(ra) < 0) {
            parent.put(ra, rb);
        }
    }
}
