#!/usr/bin/env python3
"""Speed of a transformer encoder alone (ONNX Runtime, one thread), to compare with the hashed model.

    python3 benches/compare/encoder_speed.py <model.onnx> [...]

Feeds 256 rows of 64 random token ids (attention mask all ones) and prints texts per CPU-second;
the tokenizer is not counted, so a real pipeline is slower still (docs/classify.md)."""
import onnxruntime as ort, numpy as np, time, sys
for path in sys.argv[1:]:
    so = ort.SessionOptions(); so.intra_op_num_threads = 1; so.inter_op_num_threads = 1
    s = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
    names = [i.name for i in s.get_inputs()]
    n, L = 256, 64
    rng = np.random.default_rng(0)
    feeds = {}
    for nm in names:
        if "mask" in nm: feeds[nm] = np.ones((n, L), np.int64)
        elif "type" in nm: feeds[nm] = np.zeros((n, L), np.int64)
        else: feeds[nm] = rng.integers(1000, 20000, (n, L)).astype(np.int64)
    s.run(None, {k: v[:8] for k, v in feeds.items()})
    t = time.process_time(); s.run(None, feeds); dt = time.process_time() - t
    print(path.split('/')[-1], names, f"{n/dt:.0f} texts per CPU-second at {L} tokens (encoder only, 1 thread)")
