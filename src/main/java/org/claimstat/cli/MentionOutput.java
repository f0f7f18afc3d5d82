package org.claimstat.cli;

import org.claimstat.extract.Extraction;

/** Where {@code claimstat extract} writes mentions as it reads them: started once, a part at a time, ended once. */
interface MentionOutput {
    /** Writes what comes before the first mention. */
    void start();

    /** Writes the mentions of one part of a document; {@code offset} is where the part starts in the document. */
    void write(Extraction part, int offset);

    /** Writes what comes after the last mention and flushes. */
    void end();
}
