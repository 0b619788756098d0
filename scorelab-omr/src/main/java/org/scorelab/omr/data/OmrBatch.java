package org.scorelab.omr.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A padded batch: images {@code [N,1,H,Wmax]} (padding is blank paper, ink 0), the valid output
 * steps of each sample {@code [N]} (int32, from its width through the network's width reduction),
 * targets {@code [N,Smax]} (int32, padded with the blank) and target lengths {@code [N]}.
 *
 * @param images        the images
 * @param steps         valid output steps per sample
 * @param targets       the labels
 * @param targetLengths labels per sample
 */
public record OmrBatch(NDArray images, NDArray steps, NDArray targets, NDArray targetLengths) {

    /** The network's inputs: images and valid steps. */
    public NDList inputs() {
        return new NDList(images, steps);
    }

    /** The CTC labels: targets and their lengths. */
    public NDList labels() {
        return new NDList(targets, targetLengths);
    }

    /** Stacks samples; {@code widthToSteps} maps an image width to its valid output steps. */
    public static OmrBatch of(NDManager manager, List<OmrSample> samples, IntUnaryOperator widthToSteps) {
        List<StaffImage> images = samples.stream().map(OmrSample::image).toList();
        int n = samples.size();
        int maxLabels = 1;
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            lengths[i] = samples.get(i).labels().length;
            maxLabels = Math.max(maxLabels, lengths[i]);
        }
        int[] targets = new int[n * maxLabels];
        for (int i = 0; i < n; i++) {
            System.arraycopy(samples.get(i).labels(), 0, targets, i * maxLabels, lengths[i]);
        }
        Images x = images(manager, images, widthToSteps);
        return new OmrBatch(x.pixels(), x.steps(), manager.create(targets, new Shape(n, maxLabels)),
                manager.create(lengths));
    }

    /** Images {@code [N,1,H,Wmax]} and their valid steps {@code [N]}. */
    public record Images(NDArray pixels, NDArray steps) {
    }

    /** Stacks staff images of one height, padding on the right. */
    public static Images images(NDManager manager, List<StaffImage> images, IntUnaryOperator widthToSteps) {
        int n = images.size();
        int h = images.get(0).height();
        int w = 1;
        for (StaffImage im : images) {
            if (im.height() != h) {
                throw new IllegalArgumentException("staff images of one batch must share a height, found " + h
                        + " and " + im.height());
            }
            w = Math.max(w, im.width());
        }
        float[] pixels = new float[n * h * w];
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            StaffImage im = images.get(i);
            byte[] ink = im.ink();
            int base = i * h * w;
            for (int y = 0; y < h; y++) {
                int row = y * im.width();
                int out = base + y * w;
                for (int x = 0; x < im.width(); x++) {
                    pixels[out + x] = (ink[row + x] & 0xff) * (1f / 255);
                }
            }
            steps[i] = widthToSteps.applyAsInt(im.width());
        }
        return new Images(manager.create(pixels, new Shape(n, 1, h, w)), manager.create(steps));
    }
}
