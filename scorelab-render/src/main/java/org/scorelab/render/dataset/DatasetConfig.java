package org.scorelab.render.dataset;

import java.time.Duration;
import org.scorelab.render.augment.AugmentationConfig;
import org.scorelab.render.camera.CameraConfig;

/**
 * How many samples to build and how.
 *
 * @param count         samples to write
 * @param seed          the whole data set follows from it; sample {@code i} draws from its own
 *                      generator derived from (seed, i), whatever the thread count
 * @param camera        distort every image as a camera would (Camera-PrIMuS)
 * @param augmentation  excerpt length and variety
 * @param cameraConfig  distortion ranges, used when {@code camera}
 * @param threads       rendering threads, one Verovio worker each
 * @param maxAttempts   excerpts drawn per sample before it is given up
 * @param renderTimeout longest one rendering may take
 * @param boldShare     share of images drawn with every stroke one pixel heavier
 *                      ({@link org.scorelab.render.camera.InkWeight}), before any camera distortion
 */
public record DatasetConfig(int count, long seed, boolean camera, AugmentationConfig augmentation,
                            CameraConfig cameraConfig, int threads, int maxAttempts, Duration renderTimeout,
                            double boldShare) {
    public DatasetConfig {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be in 1..64, was " + threads);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
        if (augmentation == null) {
            augmentation = AugmentationConfig.DEFAULT;
        }
        if (cameraConfig == null) {
            cameraConfig = CameraConfig.DEFAULT;
        }
        if (renderTimeout == null || renderTimeout.isNegative() || renderTimeout.isZero()) {
            throw new IllegalArgumentException("renderTimeout must be positive, was " + renderTimeout);
        }
        if (!(boldShare >= 0 && boldShare <= 1)) {
            throw new IllegalArgumentException("boldShare must be in 0..1, was " + boldShare);
        }
    }

    /** The same build with a share of images drawn heavier. */
    public DatasetConfig withBoldShare(double share) {
        return new DatasetConfig(count, seed, camera, augmentation, cameraConfig, threads, maxAttempts, renderTimeout,
                share);
    }

    /** The same config with other excerpt augmentation. */
    public DatasetConfig withAugmentation(AugmentationConfig a) {
        return new DatasetConfig(count, seed, camera, a, cameraConfig, threads, maxAttempts, renderTimeout, boldShare);
    }

    /** Defaults for everything but count, seed, camera and threads (no image drawn heavier). */
    public static DatasetConfig of(int count, long seed, boolean camera, int threads) {
        return new DatasetConfig(count, seed, camera, AugmentationConfig.DEFAULT, CameraConfig.DEFAULT, threads, 50,
                Duration.ofSeconds(60), 0);
    }
}
