package org.checkbench.report;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * A page's {@code /Properties} resource dictionary that answers "is this property list here
 * already?" without reading every entry (ADR 0161). PDFBox asks that each time a marked-content
 * sequence begins ({@code PDResources.add}), and openhtmltopdf's tagging begins one, with a new
 * property list, around every box it paints: a few hundred per page, so the scans made drawing a
 * page quadratic (a fifth of the drawing time of the 500-claim report). The answer is the same: a
 * value never set here is not here; one that was is checked the usual way, as it may have gone.
 *
 * <p>Once the page is drawn and trimmed ({@link PdfFinishing.TrimmingPages}) the memory of values
 * is dropped ({@link #pageDrawn}): it held every property list ever set, also the tens of thousands
 * of empty artifacts' lists the trimming removed, alive until the whole report was saved
 * (ADR 0162).
 */
final class MarkedContentProperties extends COSDictionary {

    /** Null once the page is drawn: then the dictionary answers as PDFBox's own does. */
    private Set<COSBase> everSet = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public void setItem(COSName key, COSBase value) {
        super.setItem(key, value);
        if (value != null && everSet != null) {
            everSet.add(value);
        }
    }

    @Override
    public boolean containsValue(Object value) {
        return (everSet == null || everSet.contains(value)) && super.containsValue(value);
    }

    /** The page is finished: forget the values set, so removed property lists can be collected. */
    void pageDrawn() {
        everSet = null;
    }
}
