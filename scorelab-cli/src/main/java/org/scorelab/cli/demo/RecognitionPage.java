package org.scorelab.cli.demo;

import java.util.Locale;
import org.scorelab.omr.eval.TokenAlignment;

/**
 * The HTML page of the demo's OMR part: each bundled image beside what the model read from it
 * (the music engraved again, the SER against the truth, the time, the files, a player for the
 * WAV, and the tokens with the wrong ones marked). Self-contained but for the images and audio,
 * which it names by relative paths in the demo's output folder. Every text is escaped.
 */
public final class RecognitionPage {
    private RecognitionPage() {
    }

    /**
     * The page.
     *
     * @param report what the OMR part did
     * @param model  how to name the model on the page (its folder)
     */
    public static String html(OmrDemo.Report report, String model) {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>scorelab demo: optical music recognition</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("td{vertical-align:top;padding:8px;border-top:1px solid #ccc;width:50%}img{max-width:100%;border:1px solid #ccc}")
                .append("code{font-size:12px;word-break:break-all}.sub{background:#fdd}.ins{background:#fdb}")
                .append(".del{color:#999;text-decoration:line-through}</style></head><body>\n")
                .append("<h1>Optical music recognition</h1>\n<p>Model <code>").append(Html.escape(model)).append("</code> (")
                .append(String.format(Locale.ROOT, "%,d", report.parameters())).append(" parameters, loaded in ")
                .append(seconds(report.loadSeconds())).append("), greedy decoding, ").append(report.threads())
                .append(report.threads() == 1 ? " PyTorch thread. " : " PyTorch threads. ")
                .append("Each image was read twice from its PNG file; times are end to end (file read, staves found and ")
                .append("cropped, network, decoding), the second with the engine warm. SER: edit distance of the tokens ")
                .append("against the truth, divided by the truth's length. Tokens: <span class=\"sub\">substituted</span>, ")
                .append("<span class=\"ins\">inserted</span>, <span class=\"del\">missed</span>.</p>\n<table>\n");
        for (Recognized r : report.results()) {
            row(h, r);
        }
        return h.append("</table>\n</body></html>\n").toString();
    }

    private static void row(StringBuilder h, Recognized r) {
        OmrExample e = r.example();
        h.append("<tr><td><h2>").append(Html.escape(e.name())).append("</h2><p>").append(Html.escape(e.caption()))
                .append("</p><img src=\"").append(Html.escape(r.files().get(0))).append("\" alt=\"")
                .append(Html.escape(e.caption())).append("\"></td>\n<td><h2>recognised</h2><p><b>")
                .append(String.format(Locale.ROOT, "SER %.1f%%", 100 * r.ser().ser())).append("</b> (")
                .append(r.ser().errors()).append(r.ser().errors() == 1 ? " error in " : " errors in ").append(r.ser().referenceTokens()).append(" tokens), ")
                .append(r.staves()).append(r.staves() == 1 ? " staff" : " staves").append(", read in ")
                .append(seconds(r.seconds())).append(" (again: ").append(seconds(r.again().total())).append(": PNG ")
                .append(seconds(r.again().read())).append(", staves ").append(seconds(r.again().staves())).append(", network ")
                .append(seconds(r.again().network())).append(")</p>\n<p>");
        for (String f : r.files().subList(1, r.files().size())) {
            h.append("<a href=\"").append(Html.escape(f)).append("\">").append(Html.escape(f.substring(f.lastIndexOf('/') + 1)))
                    .append("</a> ");
        }
        h.append("</p>\n");
        for (String f : r.files()) {
            if (f.endsWith(".wav")) {
                h.append("<p><audio controls src=\"").append(Html.escape(f)).append("\"></audio></p>\n");
            }
        }
        if (r.engraving() != null) {
            h.append("<img src=\"").append(Html.escape(r.engraving())).append("\" alt=\"the recognised music, engraved by Verovio\">\n");
        }
        for (String p : r.problems()) {
            h.append("<p><i>").append(Html.escape(p)).append("</i></p>\n");
        }
        h.append("<p><code>");
        for (TokenAlignment.Step s : TokenAlignment.align(e.truth(), r.tokens())) {
            switch (s.kind()) {
                case SAME -> h.append(Html.escape(s.recognised()));
                case SUBSTITUTED -> h.append("<span class=\"sub\" title=\"truth: ").append(Html.escape(s.truth())).append("\">")
                        .append(Html.escape(s.recognised())).append("</span>");
                case INSERTED -> h.append("<span class=\"ins\">").append(Html.escape(s.recognised())).append("</span>");
                case DELETED -> h.append("<span class=\"del\">").append(Html.escape(s.truth())).append("</span>");
            }
            h.append(' ');
        }
        h.append("</code></p></td></tr>\n");
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }
}
