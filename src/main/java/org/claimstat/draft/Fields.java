package org.claimstat.draft;

import java.util.Map;
import org.claimstat.ClaimKind;
import org.claimstat.Hedge;
import org.claimstat.Period;
import org.claimstat.extract.Extraction;
import org.claimstat.extract.Mention;

/**
 * Reads the fields of one mention's claim from its article: entity, period, claimant, kind, quote, unit and the
 * indicator key. First slice: the mention's own unit and text only; the fields' readers replace it.
 */
final class Fields {
    private Fields() {
    }

    /** Returns the guessed fields of the claim {@code m} of {@code x} (an extraction of {@code article}'s text) makes. */
    static ClaimFields read(Article article, Extraction x, Mention m) {
        ClaimKind kind = m.kind() == Mention.Kind.DATE ? ClaimKind.EVENT
                : m.hedge() == Hedge.ESTIMATE ? ClaimKind.ESTIMATE : ClaimKind.STATEMENT;
        String key = m.kind().code() + ":" + m.unit().symbol();
        return new ClaimFields(m, "", Period.UNSPECIFIED, article.source().publisher(), kind, m.text(), m.start(),
                m.end(), m.unit(), key, key, Map.of());
    }
}
