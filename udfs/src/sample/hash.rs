//! A seeded 64-bit hash of byte strings, stable across machines, processes and partitionings.
//!
//! The samplers rank rows by a hash of their content (in arrow's row format), so the choice of
//! rows depends only on the seed and the data, never on how the input was partitioned or ordered.
//! The mixing is SplitMix64's finaliser applied per 8-byte word: every input bit affects every
//! output bit, which is what the ranks need to behave like a uniform random permutation.

/// SplitMix64's finaliser: a bijective mix of 64 bits.
#[inline]
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Hash `bytes` under `seed`.
#[inline]
pub fn hash_bytes(bytes: &[u8], seed: u64) -> u64 {
    let mut h = mix64(
        seed ^ 0x9e37_79b9_7f4a_7c15 ^ (bytes.len() as u64).wrapping_mul(0xff51_afd7_ed55_8ccd),
    );
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = mix64(h.rotate_left(29) ^ w);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = mix64(h.rotate_left(29) ^ u64::from_le_bytes(buf) ^ 0x1000_0000_0000_0000);
    }
    mix64(h)
}

/// A small seeded generator (SplitMix64) for the resamplers' random choices.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator for `seed`, separated into independent `stream`s (one per class).
    pub fn new(seed: u64, stream: u64) -> Self {
        Self {
            state: mix64(seed ^ mix64(stream.wrapping_add(0x6a09_e667_f3bc_c909))),
        }
    }

    /// The next 64 random bits.
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix64(self.state)
    }

    /// Uniform in `[0, 1)` with 53 bits of precision.
    #[inline]
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in `0..n` (`n > 0`), without modulo bias (Lemire's multiply-shift).
    #[inline]
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_depends_on_seed_and_every_byte() {
        let a = hash_bytes(b"0123456789abcdef0", 1);
        assert_ne!(a, hash_bytes(b"0123456789abcdef0", 2));
        assert_ne!(a, hash_bytes(b"0123456789abcdef1", 1));
        assert_ne!(a, hash_bytes(b"1123456789abcdef0", 1));
        assert_ne!(hash_bytes(b"", 1), hash_bytes(b"\0", 1));
        assert_eq!(a, hash_bytes(b"0123456789abcdef0", 1));
    }

    #[test]
    fn below_is_in_range_and_roughly_uniform() {
        let mut r = SplitMix64::new(7, 0);
        let mut counts = [0u32; 10];
        for _ in 0..100_000 {
            counts[r.below(10) as usize] += 1;
        }
        for c in counts {
            assert!((9_000..11_000).contains(&c), "{counts:?}");
        }
    }
}
