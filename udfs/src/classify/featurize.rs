//! The hashed n-gram featurizer of the default intent model, fastText-style: Unicode lowercasing,
//! word tokens (maximal runs of alphanumeric characters), word unigrams and bigrams, and
//! character n-grams inside `<word>` boundaries, each hashed with a fixed, platform-independent
//! hash (FNV-1a 64 finished by a murmur3 mix) into `buckets` columns; sublinear term frequency
//! (`1 + ln tf`) and L2 normalisation.
//!
//! The training script never re-implements this: it exports features through the
//! `intent_features` SQL function, which calls the same code. A [`Featurizer`] keeps its scratch
//! buffers across texts, so featurizing a batch allocates nothing per row once warm.

use serde::{Deserialize, Serialize};

/// The parameters of the hashed n-gram featurizer, as written in a model's sidecar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HashedNgrams {
    /// Number of hash buckets (columns of the model's weight matrix).
    pub buckets: u32,
    /// Word n-gram orders, inclusive, such as `[1, 2]`; `[0, 0]` turns word features off.
    pub word_ngrams: [u8; 2],
    /// Character n-gram lengths, inclusive, such as `[2, 5]`, counted in characters of the
    /// word padded with `<` and `>`; `[0, 0]` turns them off.
    pub char_ngrams: [u8; 2],
    /// `1 + ln(tf)` instead of raw counts.
    pub sublinear_tf: bool,
    /// Characters of a text that are featurized; the rest of a longer text is ignored (a page
    /// is about 3,000).
    pub max_chars: usize,
}

impl HashedNgrams {
    /// Check the parameters are usable; the message names the bad one.
    pub fn validate(&self) -> Result<(), String> {
        if self.buckets == 0 || self.buckets > (1 << 26) {
            return Err(format!("featurizer.buckets must be in 1..=67108864, got {}", self.buckets));
        }
        let [wl, wh] = self.word_ngrams;
        if wl > wh || wh > 3 || (wl == 0 && wh != 0) {
            return Err(format!("featurizer.word_ngrams must be [lo, hi] with 1 <= lo <= hi <= 3 (or [0, 0]), got [{wl}, {wh}]"));
        }
        let [cl, ch] = self.char_ngrams;
        if cl > ch || ch > 8 || (cl == 0 && ch != 0) {
            return Err(format!("featurizer.char_ngrams must be [lo, hi] with 1 <= lo <= hi <= 8 (or [0, 0]), got [{cl}, {ch}]"));
        }
        if wh == 0 && ch == 0 {
            return Err("featurizer has neither word nor character n-grams".to_string());
        }
        if self.max_chars == 0 {
            return Err("featurizer.max_chars must be positive".to_string());
        }
        Ok(())
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
// Distinct seeds keep word, bigram and character n-gram features in separate hash streams.
const SEED_WORD: u64 = 0x5749;
const SEED_CHAR: u64 = 0x4348;

#[inline]
fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// murmur3's 64-bit finaliser: spreads FNV's low-entropy bits before taking the bucket.
#[inline]
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// Featurizes texts into sparse `(bucket, weight)` vectors, reusing its buffers.
#[derive(Debug, Clone)]
pub struct Featurizer {
    params: HashedNgrams,
    /// `buckets - 1` when `buckets` is a power of two, else 0.
    mask: u64,
    /// Per bucket: the text generation that last touched it, and its count then.
    stamp: Vec<u32>,
    count: Vec<u32>,
    generation: u32,
    /// Buckets touched by the current text, in first-seen order.
    touched: Vec<u32>,
    lower: String,
    /// Byte ranges of the words of `lower`.
    words: Vec<(u32, u32)>,
    word_hash: Vec<u64>,
    /// Byte offsets of the characters of the current padded word.
    char_starts: Vec<u32>,
    padded: String,
}

impl Featurizer {
    /// A featurizer with `params` (which must pass [`HashedNgrams::validate`]).
    pub fn new(params: HashedNgrams) -> Self {
        let d = params.buckets as usize;
        let mask = if params.buckets.is_power_of_two() { params.buckets as u64 - 1 } else { 0 };
        Self {
            params,
            mask,
            stamp: vec![0; d],
            count: vec![0; d],
            generation: 0,
            touched: Vec::with_capacity(1024),
            lower: String::with_capacity(1024),
            words: Vec::with_capacity(256),
            word_hash: Vec::with_capacity(256),
            char_starts: Vec::with_capacity(64),
            padded: String::with_capacity(64),
        }
    }

    /// The parameters.
    pub fn params(&self) -> &HashedNgrams {
        &self.params
    }

    #[inline]
    fn add(&mut self, hash: u64) {
        let h = fmix(hash);
        // A power-of-two bucket count (the default model's) takes a mask instead of a division:
        // the same bucket, a fraction of the cost.
        let b = if self.mask != 0 { (h & self.mask) as usize } else { (h % self.params.buckets as u64) as usize };
        if self.stamp[b] != self.generation {
            self.stamp[b] = self.generation;
            self.count[b] = 0;
            self.touched.push(b as u32);
        }
        self.count[b] += 1;
    }

    /// Append the features of `text` to `indices` and `values` (the L2-normalised weights);
    /// returns how many were appended (0 for a text without words).
    pub fn featurize(&mut self, text: &str, indices: &mut Vec<i64>, values: &mut Vec<f32>) -> usize {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            // After 2^32 texts the stamps could alias: start afresh.
            self.stamp.iter_mut().for_each(|s| *s = 0);
            self.generation = 1;
        }
        self.touched.clear();
        self.lower.clear();
        for (n, c) in text.chars().enumerate() {
            if n >= self.params.max_chars {
                break;
            }
            if c.is_ascii() {
                self.lower.push(c.to_ascii_lowercase());
            } else {
                self.lower.extend(c.to_lowercase());
            }
        }
        self.words.clear();
        let mut start: Option<usize> = None;
        for (i, c) in self.lower.char_indices() {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                self.words.push((s as u32, i as u32));
            }
        }
        if let Some(s) = start {
            self.words.push((s as u32, self.lower.len() as u32));
        }

        let [wl, wh] = self.params.word_ngrams;
        let [cl, ch] = self.params.char_ngrams;
        let lower = std::mem::take(&mut self.lower);
        let words = std::mem::take(&mut self.words);
        self.word_hash.clear();
        for &(s, e) in &words {
            let w = &lower[s as usize..e as usize];
            let h = fnv_bytes(FNV_OFFSET ^ SEED_WORD, w.as_bytes());
            self.word_hash.push(h);
        }
        if wh >= 1 {
            for i in 0..words.len() {
                let mut h = self.word_hash[i];
                for n in 1..=wh as usize {
                    if i + n > words.len() {
                        break;
                    }
                    if n > 1 {
                        // Order-dependent combination of the word hashes.
                        h = (h ^ n as u64).wrapping_mul(FNV_PRIME) ^ self.word_hash[i + n - 1].rotate_left(17);
                    }
                    if n >= wl as usize {
                        self.add(h);
                    }
                }
            }
        }
        if ch >= 1 {
            let mut padded = std::mem::take(&mut self.padded);
            let mut starts = std::mem::take(&mut self.char_starts);
            for &(s, e) in &words {
                padded.clear();
                padded.push('<');
                padded.push_str(&lower[s as usize..e as usize]);
                padded.push('>');
                starts.clear();
                starts.extend(padded.char_indices().map(|(i, _)| i as u32));
                let nchars = starts.len();
                starts.push(padded.len() as u32);
                let bytes = padded.as_bytes();
                for i in 0..nchars {
                    let mut h = FNV_OFFSET ^ SEED_CHAR;
                    for n in 1..=ch as usize {
                        if i + n > nchars {
                            break;
                        }
                        h = fnv_bytes(h, &bytes[starts[i + n - 1] as usize..starts[i + n] as usize]);
                        // The whole padded word is already a word feature; a 1-char window
                        // of only `<` or `>` carries nothing.
                        if n >= cl as usize && !(n == 1 && (i == 0 || i + 1 == nchars)) {
                            self.add(h ^ (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
                        }
                    }
                }
            }
            self.padded = padded;
            self.char_starts = starts;
        }
        self.lower = lower;
        self.words = words;

        let mut norm = 0f32;
        let before = values.len();
        for &b in &self.touched {
            let c = self.count[b as usize] as f32;
            let v = if self.params.sublinear_tf { 1.0 + c.ln() } else { c };
            norm += v * v;
            indices.push(b as i64);
            values.push(v);
        }
        if norm > 0.0 {
            let inv = 1.0 / norm.sqrt();
            values[before..].iter_mut().for_each(|v| *v *= inv);
        }
        self.touched.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> HashedNgrams {
        HashedNgrams { buckets: 1 << 16, word_ngrams: [1, 2], char_ngrams: [2, 5], sublinear_tf: true, max_chars: 4000 }
    }

    fn feats(f: &mut Featurizer, t: &str) -> Vec<(i64, f32)> {
        let (mut i, mut v) = (Vec::new(), Vec::new());
        f.featurize(t, &mut i, &mut v);
        let mut out: Vec<_> = i.into_iter().zip(v).collect();
        out.sort_by_key(|p| p.0);
        out
    }

    #[test]
    fn case_insensitive_normalised_and_stable() {
        let mut f = Featurizer::new(params());
        let a = feats(&mut f, "Löschen Sie MEINE Daten");
        let b = feats(&mut f, "löschen sie meine daten");
        assert_eq!(a, b);
        let norm: f32 = a.iter().map(|p| p.1 * p.1).sum();
        assert!((norm - 1.0).abs() < 1e-5, "{norm}");
        // The hash is fixed: these buckets must not change between builds or platforms, or the
        // shipped model silently breaks.
        let mut idx = Vec::new();
        f.featurize("delete", &mut idx, &mut Vec::new());
        assert_eq!(idx.len(), 1 + 7 + 6 + 5 + 4, "one word and the 2..5-grams of <delete>");
        assert_eq!(idx[0], (fmix(fnv_bytes(FNV_OFFSET ^ SEED_WORD, b"delete")) % (1 << 16)) as i64);
    }

    #[test]
    fn repeated_words_are_sublinear_and_empty_text_has_no_features() {
        let mut f = Featurizer::new(params());
        assert!(feats(&mut f, "  ,;!  ").is_empty());
        let once = feats(&mut f, "data");
        let thrice = feats(&mut f, "data data data");
        assert!(thrice.len() > once.len(), "the bigram 'data data' is new");
        assert_ne!(once, thrice);
    }
}
