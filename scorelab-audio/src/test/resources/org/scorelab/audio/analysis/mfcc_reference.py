"""Reference MFCCs for MfccReferenceTest, computed with numpy in float64 straight from the formulas.

Run once with `python3 mfcc_reference.py > mfcc_reference.csv` (numpy only; no librosa).
The Java side computes the same thing with its own code (float FFT, sparse filterbank), so the
test checks that both readings of the formulas agree.

Signal: 8192 samples at 22050 Hz,
  x[n] = 0.5 sin(2 pi 440 n/sr) + 0.25 sin(2 pi 1234.5 n/sr) + 0.1 (n/N) sin(2 pi 3000 n/sr)
         + 0.05 sin(2 pi 97 n/sr) * cos(2 pi 5 n/sr)
STFT: nFft 2048, hop 512, periodic Hann, centred with zero padding, power |X|^2.
Mel: 40 bands 0 Hz..Nyquist; SLANEY scale with area normalisation, and HTK scale without.
dB: 10 log10(max(1e-10, P)), floored at max - 80 dB. MFCC: orthonormal DCT-II, 13 coefficients.
Output: CSV lines "scale,frame,c0,...,c12".
"""
import numpy as np

SR, N, NFFT, HOP, MELS, NMFCC = 22050, 8192, 2048, 512, 40, 13


def signal():
    n = np.arange(N, dtype=np.float64)
    x = (0.5 * np.sin(2 * np.pi * 440 * n / SR) + 0.25 * np.sin(2 * np.pi * 1234.5 * n / SR)
         + 0.1 * (n / N) * np.sin(2 * np.pi * 3000 * n / SR)
         + 0.05 * np.sin(2 * np.pi * 97 * n / SR) * np.cos(2 * np.pi * 5 * n / SR))
    return x.astype(np.float32).astype(np.float64)  # the Java test feeds float samples


def power_spectrogram(x):
    w = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(NFFT) / NFFT)
    pad = np.concatenate([np.zeros(NFFT // 2), x, np.zeros(NFFT // 2)])
    frames = 1 + (len(pad) - NFFT) // HOP
    return np.array([np.abs(np.fft.rfft(w * pad[t * HOP:t * HOP + NFFT])) ** 2 for t in range(frames)])


def hz_to_mel(f, htk):
    if htk:
        return 2595 * np.log10(1 + f / 700)
    return f / (200 / 3) if f < 1000 else 15 + np.log(f / 1000) / (np.log(6.4) / 27)


def mel_to_hz(m, htk):
    if htk:
        return 700 * (10 ** (m / 2595) - 1)
    return m * (200 / 3) if m < 15 else 1000 * np.exp((np.log(6.4) / 27) * (m - 15))


def filterbank(htk, norm):
    lo, hi = hz_to_mel(0.0, htk), hz_to_mel(SR / 2, htk)
    edges = [mel_to_hz(lo + (hi - lo) * i / (MELS + 1), htk) for i in range(MELS + 2)]
    freqs = np.arange(NFFT // 2 + 1) * SR / NFFT
    fb = np.zeros((MELS, len(freqs)))
    for m in range(MELS):
        a, b, c = edges[m], edges[m + 1], edges[m + 2]
        fb[m] = np.maximum(0, np.minimum((freqs - a) / (b - a), (c - freqs) / (c - b)))
        if norm:
            fb[m] *= 2 / (c - a)
    return fb


def mfcc(p, htk, norm):
    mel = p @ filterbank(htk, norm).T
    db = 10 * np.log10(np.maximum(1e-10, mel))
    db = np.maximum(db, db.max() - 80)
    k = np.arange(NMFCC)[:, None]
    m = np.arange(MELS)[None, :]
    basis = np.sqrt(2 / MELS) * np.cos(np.pi * k * (2 * m + 1) / (2 * MELS))
    basis[0] *= np.sqrt(0.5)
    return db @ basis.T


if __name__ == "__main__":
    p = power_spectrogram(signal())
    for name, htk, norm in (("SLANEY", False, True), ("HTK", True, False)):
        for t, row in enumerate(mfcc(p, htk, norm)):
            print(name + "," + str(t) + "," + ",".join("%.9g" % v for v in row))
