package dev.copydesk.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal stacked bar chart of findings per check by severity, laid out for inline SVG.
 *
 * @param width  the drawing's width
 * @param height the drawing's height
 * @param bars   one bar per check with findings
 */
record Chart(int width, int height, List<Bar> bars) {
    static final int LABEL_WIDTH = 150;
    static final int BAR_AREA = 330;
    static final int ROW = 26;

    /**
     * One check's bar.
     *
     * @param label    the check id
     * @param y        the bar's top
     * @param textY    the baseline of its label
     * @param total    its findings
     * @param totalX   where its total is written
     * @param segments one rectangle per severity with findings
     */
    record Bar(String label, int y, int textY, int total, int totalX, List<Segment> segments) {
    }

    /**
     * A rectangle of a bar.
     *
     * @param x        its left
     * @param width    its width
     * @param severity the severity it counts, for its colour
     * @param title    what it says on hover
     */
    record Segment(int x, int width, String severity, String title) {
    }

    /** Lays out bars for the checks with findings, scaled to the largest total. */
    static Chart of(List<Overview.CheckCount> counts) {
        int max = counts.stream().mapToInt(Overview.CheckCount::total).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Overview.CheckCount c : counts) {
            if (c.total() == 0) {
                continue;
            }
            int y = bars.size() * ROW + 4;
            List<Segment> segments = new ArrayList<>();
            int x = LABEL_WIDTH;
            x = add(segments, x, c.errors(), max, "error", c.id());
            x = add(segments, x, c.warnings(), max, "warning", c.id());
            x = add(segments, x, c.infos(), max, "info", c.id());
            bars.add(new Bar(c.id(), y, y + 14, c.total(), x + 6, segments));
        }
        return new Chart(LABEL_WIDTH + BAR_AREA + 60, Math.max(ROW, bars.size() * ROW + 8), bars);
    }

    private static int add(List<Segment> segments, int x, int count, int max, String severity, String check) {
        if (count == 0) {
            return x;
        }
        int w = Math.max(2, (int) Math.round((double) BAR_AREA * count / max));
        segments.add(new Segment(x, w, severity, String.format(Locale.ROOT, "%s: %d %s", check, count,
                count == 1 ? severity : severity + (severity.equals("info") ? "" : "s"))));
        return x + w;
    }
}
