package org.scorelab.render.camera;

/**
 * The ranges each camera distortion is drawn from.
 *
 * @param blurSigma          Gaussian blur standard deviation, pixels (0..5)
 * @param rotationDegrees    rotation, degrees, signed (-10..10)
 * @param shear              horizontal shear factor, signed (-0.2..0.2)
 * @param perspective        largest corner displacement as a fraction of the image height (0..0.3)
 * @param gradient           darkening at the dark end of a linear light gradient (0..0.8)
 * @param vignette           darkening at the corners (0..0.8)
 * @param paperTexture       amplitude of smooth paper texture, gray levels (0..60)
 * @param noiseSigma         per-pixel Gaussian noise, gray levels (0..60)
 * @param contrast           contrast factor around mid-gray (0.2..1.5)
 * @param brightness         brightness offset, gray levels (-80..80)
 * @param jpegQuality        JPEG quality of the round trip (0.05..1)
 */
public record CameraConfig(Range blurSigma, Range rotationDegrees, Range shear, Range perspective, Range gradient,
                           Range vignette, Range paperTexture, Range noiseSigma, Range contrast, Range brightness,
                           Range jpegQuality) {
    /** Camera-PrIMuS-like: a phone photo of a printed page under room light. */
    public static final CameraConfig DEFAULT = new CameraConfig(
            Range.of(0.0, 1.2), Range.of(-3.0, 3.0), Range.of(-0.03, 0.03), Range.of(0.0, 0.06),
            Range.of(0.0, 0.25), Range.of(0.0, 0.25), Range.of(0.0, 12.0), Range.of(0.0, 8.0),
            Range.of(0.65, 1.0), Range.of(-25.0, 5.0), Range.of(0.35, 0.9));

    public CameraConfig {
        require("blurSigma", blurSigma).requireWithin("blurSigma", 0, 5);
        require("rotationDegrees", rotationDegrees).requireWithin("rotationDegrees", -10, 10);
        require("shear", shear).requireWithin("shear", -0.2, 0.2);
        require("perspective", perspective).requireWithin("perspective", 0, 0.3);
        require("gradient", gradient).requireWithin("gradient", 0, 0.8);
        require("vignette", vignette).requireWithin("vignette", 0, 0.8);
        require("paperTexture", paperTexture).requireWithin("paperTexture", 0, 60);
        require("noiseSigma", noiseSigma).requireWithin("noiseSigma", 0, 60);
        require("contrast", contrast).requireWithin("contrast", 0.2, 1.5);
        require("brightness", brightness).requireWithin("brightness", -80, 80);
        require("jpegQuality", jpegQuality).requireWithin("jpegQuality", 0.05, 1.0);
    }

    private static Range require(String field, Range r) {
        if (r == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return r;
    }
}
