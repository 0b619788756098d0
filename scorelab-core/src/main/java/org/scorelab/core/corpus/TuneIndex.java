package org.scorelab.core.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.scorelab.core.io.InvalidInputException;

/**
 * The corpus index ({@code index.csv}: file, X, title, style, dance, meter, key), looked up by
 * file and tune number.
 */
public final class TuneIndex {

    private static final String[] COLUMNS = {"file", "X", "title", "style", "dance", "meter", "key"};

    private final Map<String, TuneLabel> byId;

    private TuneIndex(Map<String, TuneLabel> byId) {
        this.byId = byId;
    }

    public static TuneIndex read(Path csv) throws IOException, InvalidInputException {
        String source = csv.toString();
        Map<String, TuneLabel> byId = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            List<String> header = parser.getHeaderNames();
            for (String c : COLUMNS) {
                if (!header.contains(c)) {
                    throw new InvalidInputException(source, "line 1", "missing column '" + c + "', expected " + String.join(",", COLUMNS));
                }
            }
            for (CSVRecord r : parser) {
                String x = r.get("X").trim();
                int number;
                try {
                    number = x.isEmpty() ? 0 : Integer.parseInt(x);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(source, "line " + r.getRecordNumber(), "found X '" + x + "', expected a tune number or nothing", e);
                }
                TuneLabel label = new TuneLabel(r.get("file"), number, r.get("title"), r.get("style"), r.get("dance"), r.get("meter"), r.get("key"));
                byId.put(label.id(), label);
            }
        }
        return new TuneIndex(byId);
    }

    public Optional<TuneLabel> find(String file, int number) {
        TuneLabel l = byId.get(number > 0 ? file + "#" + number : file);
        return Optional.ofNullable(l);
    }

    public List<TuneLabel> all() {
        return new ArrayList<>(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
