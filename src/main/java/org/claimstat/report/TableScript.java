package org.claimstat.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's only script: a few lines that open the folded contents on a screen at least 700 px
 * wide, and let a reader sort the tables marked {@code sortable}
 * by a click on a column heading and filter their rows with a search box the script adds. It makes
 * no request and reads nothing from data but the cells' text; with scripts off the tables are
 * simply static. The content security policy allows exactly this script, by its SHA-256 hash.
 */
final class TableScript {
    /** The script's text, byte for byte as its hash is taken. */
    static final String JS = "var n=document.getElementById('contents');"
            + "if(n&&window.matchMedia&&window.matchMedia('(min-width:700px)').matches)n.open=true;"
            + "document.querySelectorAll('table.sortable').forEach(function(t){"
            + "var b=t.tBodies[0];if(!b)return;"
            + "var f=document.createElement('input');f.type='search';f.className='filter';"
            + "f.placeholder='Filter rows';f.setAttribute('aria-label','Filter the rows of this table');"
            + "t.parentNode.insertBefore(f,t);"
            + "f.addEventListener('input',function(){var q=f.value.toLowerCase();"
            + "Array.prototype.forEach.call(b.rows,function(r){r.hidden=q&&r.textContent.toLowerCase().indexOf(q)<0;});});"
            + "Array.prototype.forEach.call(t.tHead.rows[0].cells,function(h,i){h.tabIndex=0;h.title='Sort by this column';"
            + "var s=function(){var d=h.getAttribute('aria-sort')==='ascending'?-1:1;"
            + "Array.prototype.forEach.call(h.parentNode.cells,function(c){c.removeAttribute('aria-sort');});"
            + "h.setAttribute('aria-sort',d>0?'ascending':'descending');"
            + "var k=function(r){var c=r.cells[i];return c?(c.getAttribute('data-sort')||c.textContent).trim():'';};"
            + "Array.prototype.slice.call(b.rows).sort(function(x,y){var p=k(x),q=k(y),m=parseFloat(p),n=parseFloat(q);"
            + "return d*(!isNaN(m)&&!isNaN(n)&&String(m)===p&&String(n)===q?m-n:p.localeCompare(q));})"
            + ".forEach(function(r){b.appendChild(r);});};"
            + "h.addEventListener('click',s);h.addEventListener('keydown',function(e){if(e.key==='Enter')s();});});});";

    /** The CSP source that allows {@link #JS} and nothing else, such as {@code 'sha256-…'}. */
    static final String HASH_SOURCE = "'sha256-" + sha256(JS) + "'";

    private TableScript() {
    }

    /** Returns the script element to end the page with. */
    static String element() {
        return "<script>" + JS + "</script>\n";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
