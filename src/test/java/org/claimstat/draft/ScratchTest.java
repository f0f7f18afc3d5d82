package org.claimstat.draft;
import static org.claimstat.draft.FieldsTestSupport.fields;
import org.junit.jupiter.api.Test;
class ScratchTest {
    @Test
    void show() {
        String t = "According to International Organization for Migration (IOM) data, Sudanese nationals constitute the largest group among nationalities in Egypt, numbering around four million, followed by Syrians (1.5 million), Yemenis (one million), and Libyans (one million).";
        for (String n : new String[] {"four million", "1.5 million"}) {
        ClaimFields f = fields(t, "2024-10-26", n);
        System.out.println("SCRATCH " + f.indicatorKey() + " " + f.unit() + " " + f.notes());
        }
    }
}
