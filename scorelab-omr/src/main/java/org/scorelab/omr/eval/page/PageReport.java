package org.scorelab.omr.eval.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results of a page run as text: a table for the terminal and a CSV with one row per page. */
public final class PageReport {
    /** The CSV columns, in order. */
    public static final List<String> HEADER = List.of("page", "file", "tune", "title", "skew_deg", "blur_px",
            "noise", "jpeg_quality", "staves_drawn", "staves_found", "reference_tokens", "recognized_tokens",
            "errors", "ser", "staff_errors", "staff_tokens", "staff_ser", "decode_s", "staves_s", "network_s", "join_s",
            "total_s");

    private PageReport() {
    }

    /** One row per page (RFC 4180: a field with a comma, quote or line break is quoted). */
    public static String csv(List<PageScore> scores) {
        StringBuilder sb = new StringBuilder();
        line(sb, new ArrayList<>(HEADER));
        for (PageScore s : scores) {
            PageCase p = s.page();
            List<Object> row = new ArrayList<>();
            row.add(p.name());
            row.add(p.fileName());
            row.add(p.tune());
            row.add(p.title());
            row.add(f("%.3f", p.scan().skewDegrees()));
            row.add(f("%.3f", p.scan().blurSigma()));
            row.add(f("%.2f", p.scan().noiseSigma()));
            row.add(f("%.2f", p.scan().jpegQuality()));
            row.add(p.stavesDrawn());
            row.add(s.stavesFound());
            row.add(s.reference().size());
            row.add(s.recognized().size());
            row.add(s.rate().errors());
            row.add(f("%.4f", s.rate().ser()));
            row.add(s.staffRate() == null ? "" : s.staffRate().errors());
            row.add(s.staffRate() == null ? "" : s.staffRate().referenceTokens());
            row.add(s.staffRate() == null ? "" : f("%.4f", s.staffRate().ser()));
            row.add(f("%.4f", s.decodeSeconds()));
            row.add(f("%.4f", s.stavesSeconds()));
            row.add(f("%.4f", s.networkSeconds()));
            row.add(f("%.4f", s.joinSeconds()));
            row.add(f("%.4f", s.seconds()));
            line(sb, row);
        }
        return sb.toString();
    }

    /** A fixed-width table: one line per page, then the summary. */
    public static String table(List<PageScore> scores) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %6s %7s %6s %9s %8s %9s %8s %8s %8s  %s%n", "page", "skew", "staves",
                "tokens", "errors", "SER", "staffSER", "staves_s", "net_s", "total_s", "title"));
        for (PageScore s : scores) {
            PageCase p = s.page();
            sb.append(String.format(Locale.ROOT, "%-10s %6.2f %3d/%-3d %6d %9d %8.4f %9s %8.3f %8.3f %8.3f  %s%n",
                    p.name(), p.scan().skewDegrees(), s.stavesFound(), p.stavesDrawn(), s.reference().size(),
                    s.rate().errors(), s.rate().ser(),
                    s.staffRate() == null ? "-" : f("%.4f", s.staffRate().ser()), s.stavesSeconds(),
                    s.networkSeconds(), s.seconds(), p.title()));
        }
        PageSummary m = PageSummary.of(scores);
        sb.append(String.format(Locale.ROOT, "%d page(s): SER %.4f (%d errors / %d tokens), mean page SER %.4f, "
                        + "%d page(s) within %.0f%%%n", m.pages(), m.rate().ser(), m.rate().errors(),
                m.rate().referenceTokens(), m.meanPageSer(), m.pagesWithin2(), PageSummary.TARGET * 100));
        sb.append(String.format(Locale.ROOT, "staves found %d of %d drawn; %d page(s) with a missed or extra staff; "
                        + "staff-by-staff SER %.4f over the %d staves of pages with matching counts%n", m.stavesFound(),
                m.stavesDrawn(), m.pagesMiscounted(), m.staffRate().ser(), m.staffRate().samples()));
        sb.append(String.format(Locale.ROOT, "seconds per page: file %.3f, staves %.3f, network %.3f, join %.4f; "
                        + "total %.3f%n", m.decodeSeconds(), m.stavesSeconds(), m.networkSeconds(), m.joinSeconds(),
                m.secondsPerPage()));
        return sb.toString();
    }

    private static String f(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }

    private static void line(StringBuilder sb, List<Object> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String s = String.valueOf(fields.get(i));
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        sb.append('\n');
    }
}
