package org.scorelab.genre.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scorelab.audio.pitch.NoteEvent;

/**
 * What the experiment keeps of one rendered clip: its labels, the transcribed notes and the summary
 * spectral features. A clip is rendered, analysed and dropped; these lines are cached instead of the
 * audio (a few hundred bytes against some 600 kB of WAV for 15 s).
 *
 * @param id      the corpus id of the tune
 * @param notes   the transcription
 * @param summary {@link AudioSummaryFeatures} of the clip
 */
public record ClipFeatures(String id, List<NoteEvent> notes, double[] summary) {

    public ClipFeatures {
        notes = List.copyOf(notes);
        summary = summary.clone();
    }

    @Override
    public double[] summary() {
        return summary.clone();
    }

    /** One tab-separated line: id, summary numbers, notes as {@code key/onset/duration}. */
    String toLine() {
        StringBuilder sb = new StringBuilder(id.replace('\t', ' ')).append('\t');
        for (int i = 0; i < summary.length; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6g", summary[i]));
        }
        sb.append('\t');
        for (int i = 0; i < notes.size(); i++) {
            NoteEvent n = notes.get(i);
            sb.append(i == 0 ? "" : " ").append(n.midi()).append('/').append(String.format(Locale.ROOT, "%.4f/%.4f", n.onset(), n.duration()));
        }
        return sb.toString();
    }

    /** The inverse of {@link #toLine()}. */
    static ClipFeatures fromLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
            throw new IllegalArgumentException("expected 3 tab-separated fields, found " + f.length);
        }
        String[] nums = f[1].split(",");
        double[] summary = new double[nums.length];
        for (int i = 0; i < nums.length; i++) {
            summary[i] = Double.parseDouble(nums[i]);
        }
        List<NoteEvent> notes = new ArrayList<>();
        if (!f[2].isBlank()) {
            for (String n : f[2].split(" ")) {
                String[] p = n.split("/");
                notes.add(new NoteEvent(Integer.parseInt(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2])));
            }
        }
        return new ClipFeatures(f[0], notes, summary);
    }
}
