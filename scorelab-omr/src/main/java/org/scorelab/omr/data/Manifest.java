package org.scorelab.omr.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorelab.core.io.InvalidInputException;

/**
 * The {@code manifest.csv} of an OMR data set folder ({@code scorelab dataset omr}): one RFC 4180
 * record per sample, with at least the columns {@code name} and {@code split} ({@code train},
 * {@code validation} or {@code test}: the split of the sample's tune, by title).
 *
 * @param rows the samples in file order
 */
public record Manifest(List<Row> rows) {

    /** One sample: its name and split. */
    public record Row(String name, String split) {
    }

    public Manifest {
        rows = List.copyOf(rows);
    }

    /** The names of the samples of one split, in file order. */
    public List<String> names(String split) {
        return rows.stream().filter(r -> r.split().equals(split)).map(Row::name).toList();
    }

    /**
     * Reads a manifest.
     *
     * @throws InvalidInputException naming the line when a column is missing or a record is malformed
     */
    public static Manifest read(Path file) throws IOException, InvalidInputException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> records = parse(text, file.toString());
        if (records.isEmpty()) {
            throw new InvalidInputException(file.toString(), "line 1", "the file is empty, expected a header with name and split");
        }
        List<String> header = records.get(0);
        int name = header.indexOf("name");
        int split = header.indexOf("split");
        if (name < 0 || split < 0) {
            throw new InvalidInputException(file.toString(), "line 1",
                    "found header " + header + ", expected the columns name and split");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue;
            }
            if (r.size() <= Math.max(name, split)) {
                throw new InvalidInputException(file.toString(), "record " + (i + 1),
                        "found " + r.size() + " fields, expected " + header.size());
            }
            rows.add(new Row(r.get(name), r.get(split)));
        }
        return new Manifest(rows);
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String text, String source) throws InvalidInputException {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                out.add(record);
                record = new ArrayList<>();
                line++;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new InvalidInputException(source, "line " + line, "found an unclosed quote, expected a closing \"");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            out.add(record);
        }
        return out;
    }
}
