/**
 * Benchmarks of the hot paths. JMH: the audio feature extraction against its STFT alone, a
 * complex-FFT STFT and a naive DFT as baselines, and the resampler; run
 * {@code java -jar scorelab-bench/target/benchmarks.jar} after {@code mvn -pl scorelab-bench -am package};
 * results are in {@code docs/analysis.md}. Timed commands (main classes in the same jar): the OMR
 * network against the tf-end-to-end CRNN at the same input size ({@link org.scorelab.bench.OmrSpeed})
 * and a whole page through the recognizer stage by stage ({@link org.scorelab.bench.PageSpeed});
 * results in {@code docs/omr-speed.md}.
 */
package org.scorelab.bench;
