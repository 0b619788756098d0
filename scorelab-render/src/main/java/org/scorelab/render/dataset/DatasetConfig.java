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
 */
public record DatasetConfig(int count, long seed, boolean camera, AugmentationConfig augmentation,
                            CameraConfig cameraConfig, int threads, int maxAttempts, Duration renderTimeout) {
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
    }

    /** Defaults for everything but count, seed, camera and threads. */
    public static DatasetConfig of(int count, long seed, boolean camera, int threads) {
        return new DatasetConfig(count, seed, camera, AugmentationConfig.DEFAULT, CameraConfig.DEFAULT, threads, 50,
                Duration.ofSeconds(60));
    }
}
