//! A counter-based random number generator: every row draws from its own stream, a pure function
//! of `(seed, id, stream)`, so the same seed gives the same rows however the ids are split
//! across partitions and batches.

/// splitmix64's finaliser: a bijection on `u64` with good avalanche.
#[inline]
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// splitmix64 seeded from `(seed, key, stream)`.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

impl Rng {
    /// The stream `stream` of row (or user) `key` under `seed`.
    #[inline]
    pub fn new(seed: u64, key: u64, stream: u64) -> Self {
        let s = mix64(seed ^ mix64(key.wrapping_mul(GOLDEN) ^ stream.wrapping_mul(0xd6e8_feb8_6659_fd93)));
        Rng { state: s }
    }

    /// The next 64 random bits.
    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GOLDEN);
        mix64(self.state)
    }

    /// Uniform in `0..n` (`n > 0`), by multiply-shift (Lemire), without a division.
    #[inline]
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// Uniform in `[0, 1)`.
    #[inline]
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// True with probability `p`.
    #[inline]
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// An index drawn by `weights` (cumulative sums in `cumulative`, last = total).
    #[inline]
    pub fn weighted(&mut self, cumulative: &[u32]) -> usize {
        let total = *cumulative.last().unwrap_or(&1);
        let x = ((self.next_u64() >> 32) * total as u64 >> 32) as u32;
        cumulative.partition_point(|&c| c <= x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_reproducible_and_distinct() {
        let a: Vec<u64> = (0..4).map(|_| 0).scan(Rng::new(42, 7, 0), |r, _: u64| Some(r.next_u64())).collect();
        let b: Vec<u64> = (0..4).map(|_| 0).scan(Rng::new(42, 7, 0), |r, _: u64| Some(r.next_u64())).collect();
        let c: Vec<u64> = (0..4).map(|_| 0).scan(Rng::new(42, 8, 0), |r, _: u64| Some(r.next_u64())).collect();
        let d: Vec<u64> = (0..4).map(|_| 0).scan(Rng::new(42, 7, 1), |r, _: u64| Some(r.next_u64())).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
    }

    #[test]
    fn weighted_follows_weights() {
        let cum = [1u32, 1, 4]; // weights 1, 0, 3
        let mut r = Rng::new(1, 2, 3);
        let mut n = [0usize; 3];
        for _ in 0..40_000 {
            n[r.weighted(&cum)] += 1;
        }
        assert_eq!(n[1], 0);
        assert!((9_000..11_000).contains(&n[0]), "{n:?}");
        assert!(r.below(5) < 5);
    }
}
