/**
 * JMH benchmarks of the audio analysis: the whole feature extraction against its STFT alone, a
 * complex-FFT STFT and a naive DFT as baselines, and the resampler. Run
 * {@code java -jar scorelab-bench/target/benchmarks.jar} after {@code mvn -pl scorelab-bench -am package};
 * results are in {@code docs/analysis.md}.
 */
package org.scorelab.bench;
