package org.scorelab.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scorelab.core.io.InvalidInputException;

/**
 * The ground truth of a synthesised page, and its small text file that travels beside the image
 * (tab-separated, one record per line, so that a diff shows what moved):
 *
 * <pre>
 * scorelab-page-truth	1
 * image	page.png
 * size	2480	3508
 * title	The Little Heathy Hill
 * scan	1.5000	0.800	6.00	0.85	42          (skew degrees, blur, noise, JPEG quality, seed)
 * system	1 2 3 4	230.50 252.10 273.70 295.30 316.90	177.00	2303.00
 * </pre>
 *
 * @param image   the image file's name
 * @param width   page width in pixels
 * @param height  page height in pixels
 * @param title   the tune's title
 * @param scan    the degradation applied to the clean page
 * @param systems the systems top to bottom, in clean-page (deskewed) coordinates
 */
public record PageTruth(String image, int width, int height, String title, ScanDegradation scan,
                        List<SystemTruth> systems) {
    private static final String MAGIC = "scorelab-page-truth";

    public PageTruth {
        systems = List.copyOf(systems);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("page size must be positive, was " + width + "x" + height);
        }
        if (image.contains("\t") || image.contains("\n") || title.contains("\t") || title.contains("\n")) {
            throw new IllegalArgumentException("image name and title must not hold tabs or line breaks");
        }
    }

    /** The same truth for an image stored under another name. */
    public PageTruth withImage(String name) {
        return new PageTruth(name, width, height, title, scan, systems);
    }

    /** The text file. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(MAGIC).append("\t1\n");
        sb.append("image\t").append(image).append('\n');
        sb.append("size\t").append(width).append('\t').append(height).append('\n');
        sb.append("title\t").append(title).append('\n');
        sb.append(String.format(Locale.ROOT, "scan\t%.4f\t%.3f\t%.2f\t%.2f\t%d%n", scan.skewDegrees(),
                scan.blurSigma(), scan.noiseSigma(), scan.jpegQuality(), scan.seed()));
        for (SystemTruth s : systems) {
            sb.append("system\t");
            for (int i = 0; i < s.measures().size(); i++) {
                sb.append(i == 0 ? "" : " ").append(s.measures().get(i));
            }
            sb.append('\t');
            for (int i = 0; i < 5; i++) {
                sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", s.lines().get(i)));
            }
            sb.append(String.format(Locale.ROOT, "\t%.2f\t%.2f%n", s.left(), s.right()));
        }
        return sb.toString().replace("\r\n", "\n");
    }

    /**
     * Reads the text file.
     *
     * @throws InvalidInputException naming the line and column of the first thing that is wrong
     */
    public static PageTruth parse(String source, String text) throws InvalidInputException {
        String[] lines = text.split("\n", -1);
        String image = null;
        int width = 0;
        int height = 0;
        String title = "";
        ScanDegradation scan = ScanDegradation.NONE;
        List<SystemTruth> systems = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            String where = "line " + (n + 1);
            if (n == 0) {
                if (!line.equals(MAGIC + "\t1")) {
                    throw new InvalidInputException(source, where + ", col 1", "found '" + line + "', expected '" + MAGIC
                            + "<TAB>1'");
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Fields fields = new Fields(source, n + 1, line, f);
            try {
                switch (f[0]) {
                    case "image" -> image = fields.text(1, 2);
                    case "size" -> {
                        fields.count(3);
                        width = fields.integer(1);
                        height = fields.integer(2);
                    }
                    case "title" -> title = fields.text(1, 2);
                    case "scan" -> {
                        fields.count(6);
                        scan = new ScanDegradation(fields.number(1), fields.number(2), fields.number(3),
                                fields.number(4), fields.parseLong(fields.column(5), f[5]));
                    }
                    case "system" -> {
                        fields.count(5);
                        List<Integer> measures = new ArrayList<>();
                        for (int[] t : tokens(f[1])) {
                            measures.add(fields.parseInt(fields.column(1) + t[0], f[1].substring(t[0], t[1])));
                        }
                        List<Double> ys = new ArrayList<>();
                        for (int[] t : tokens(f[2])) {
                            ys.add(fields.parseDouble(fields.column(2) + t[0], f[2].substring(t[0], t[1])));
                        }
                        systems.add(new SystemTruth(measures, ys, fields.number(3), fields.number(4)));
                    }
                    default -> throw new InvalidInputException(source, where + ", col 1", "found record '" + f[0]
                            + "', expected image, size, title, scan or system");
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(source, where + ", col 1", e.getMessage(), e);
            }
        }
        if (image == null) {
            throw new InvalidInputException(source, "line " + lines.length, "found no 'image' record, expected one");
        }
        try {
            return new PageTruth(image, width, height, title, scan, systems);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source, "line " + lines.length, e.getMessage(), e);
        }
    }

    /** Start and end of each space-separated token of a field. */
    private static List<int[]> tokens(String field) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < field.length()) {
            if (field.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            while (i < field.length() && field.charAt(i) != ' ') {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    /** The tab-separated fields of one line, read with messages naming line and column. */
    private record Fields(String source, int line, String text, String[] f) {
        void count(int n) throws InvalidInputException {
            if (f.length != n) {
                throw new InvalidInputException(source, "line " + line + ", col 1", "found " + f.length
                        + " tab-separated fields in '" + text + "', expected " + n);
            }
        }

        String text(int i, int n) throws InvalidInputException {
            count(n);
            return f[i];
        }

        int column(int i) {
            int col = 1;
            for (int k = 0; k < i; k++) {
                col += f[k].length() + 1;
            }
            return col;
        }

        double number(int i) throws InvalidInputException {
            return parseDouble(column(i), f[i]);
        }

        int integer(int i) throws InvalidInputException {
            return parseInt(column(i), f[i]);
        }

        double parseDouble(int col, String s) throws InvalidInputException {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(source, "line " + line + ", col " + col, "found '" + s
                        + "', expected a number");
            }
        }

        long parseLong(int col, String s) throws InvalidInputException {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(source, "line " + line + ", col " + col, "found '" + s
                        + "', expected an integer");
            }
        }

        int parseInt(int col, String s) throws InvalidInputException {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(source, "line " + line + ", col " + col, "found '" + s
                        + "', expected an integer");
            }
        }
    }
}
