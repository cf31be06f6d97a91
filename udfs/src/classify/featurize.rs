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
///
/// The hot path is built for throughput (a million messages a second is the aim): ASCII text is
/// lowercased and split bytewise (other text char by char, with the same result), character
/// n-grams of an ASCII word are hashed byte by byte (each window's longer n-grams extending its
/// shorter ones), a word seen before replays its buckets from a `WordCache`, and each bucket
/// goes straight into a small open-addressing merge table sized to the text (at most 1/8 full,
/// a few kilobytes, in L1 cache) instead of a table of every bucket: its first probe does not
/// branch on "repeat or new bucket", so only a collision (rare) branches.
#[derive(Debug, Clone)]
pub struct Featurizer {
    params: HashedNgrams,
    /// `buckets - 1` when `buckets` is a power of two, else 0.
    mask: u64,
    /// The merge table: slot keys (`EMPTY` when free) and counts (0 when free); its length is a
    /// power of two.
    slots: Vec<Slot>,
    /// Slots filled by the current text, in first-seen order of their bucket (sized to the
    /// text's most features, so it is written without a capacity check).
    touched: Vec<u32>,
    /// `1 + ln(c)` for small counts `c` (the same `f32::ln` as for larger ones).
    sublinear: [f32; 64],
    lower: Vec<u8>,
    /// Byte ranges of the words of `lower`, and whether each is ASCII.
    words: Vec<(u32, u32, bool)>,
    word_hash: Vec<u64>,
    /// Byte offsets of the characters of the current padded word (non-ASCII words).
    char_starts: Vec<u32>,
    padded: Vec<u8>,
    /// The character n-gram buckets of recently seen words.
    cache: WordCache,
}

/// The character n-gram buckets of words seen before, by word: a message's words are mostly
/// common ones, so most words replay their buckets instead of hashing every window again. The
/// cache only remembers what [`Featurizer`] computed for the same word bytes (checked byte for
/// byte), so the features are the same with or without it; it is emptied when full.
#[derive(Debug, Clone)]
struct WordCache {
    /// Open addressing on the word hash: an index into `entries` plus one, 0 when free.
    table: Vec<u32>,
    entries: Vec<CachedWord>,
    /// The words' bytes and buckets, back to back.
    bytes: Vec<u8>,
    buckets: Vec<u32>,
    /// The buckets of the word being hashed.
    scratch: Vec<u32>,
}

#[derive(Debug, Clone, Copy)]
struct CachedWord {
    hash: u64,
    bytes: u32,
    len: u32,
    buckets: u32,
    count: u32,
}

/// Words longer than this (bytes) are not cached (rare, and they would crowd the others out).
const CACHE_WORD_MAX: usize = 24;
const CACHE_WORDS: usize = 1 << 14;
const CACHE_BUCKETS: usize = 1 << 19;

impl WordCache {
    fn new() -> Self {
        Self { table: vec![0; CACHE_WORDS * 2], entries: Vec::new(), bytes: Vec::new(), buckets: Vec::new(), scratch: Vec::new() }
    }

    #[inline]
    fn home(&self, hash: u64) -> usize {
        (fmix(hash) as usize) & (self.table.len() - 1)
    }

    /// The cached buckets of `word` (whose word hash is `hash`).
    #[inline]
    fn get(&self, hash: u64, word: &[u8]) -> Option<&[u32]> {
        let mask = self.table.len() - 1;
        let mut slot = self.home(hash);
        loop {
            let e = self.table[slot];
            if e == 0 {
                return None;
            }
            let c = &self.entries[e as usize - 1];
            if c.hash == hash && &self.bytes[c.bytes as usize..(c.bytes + c.len) as usize] == word {
                return Some(&self.buckets[c.buckets as usize..(c.buckets + c.count) as usize]);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Remember `buckets` for `word` (not already cached).
    fn insert(&mut self, hash: u64, word: &[u8], buckets: &[u32]) {
        if self.entries.len() >= CACHE_WORDS || self.buckets.len() + buckets.len() > CACHE_BUCKETS {
            self.table.iter_mut().for_each(|t| *t = 0);
            self.entries.clear();
            self.bytes.clear();
            self.buckets.clear();
        }
        let mask = self.table.len() - 1;
        let mut slot = self.home(hash);
        while self.table[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        self.entries.push(CachedWord {
            hash,
            bytes: self.bytes.len() as u32,
            len: word.len() as u32,
            buckets: self.buckets.len() as u32,
            count: buckets.len() as u32,
        });
        self.table[slot] = self.entries.len() as u32;
        self.bytes.extend_from_slice(word);
        self.buckets.extend_from_slice(buckets);
    }
}

/// A merge-table slot: a bucket and how often the text produced it.
#[derive(Debug, Clone, Copy)]
struct Slot {
    key: u32,
    count: u32,
}

/// Whether each byte is an ASCII letter or digit.
const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

const EMPTY: u32 = u32::MAX;
const FREE: Slot = Slot { key: EMPTY, count: 0 };

/// The merge table of one text: buckets in, counts and first-seen order out.
struct Merge<'a> {
    slots: &'a mut [Slot],
    touched: &'a mut [u32],
    len: usize,
}

impl Merge<'_> {
    #[inline(always)]
    fn add(&mut self, b: u32) {
        // Buckets are already well mixed (fmix): their low bits are the home slot.
        let mask = self.slots.len() - 1;
        let mut slot = b as usize & mask;
        loop {
            let s = &mut self.slots[slot];
            let k = s.key;
            // `k == b || k == EMPTY` in one test (`!EMPTY` is 0), so that a repeat and a new
            // bucket take one path, without a branch on which it is.
            if (k ^ b).min(!k) == 0 {
                s.key = b;
                s.count += 1;
                self.touched[self.len] = slot as u32;
                self.len += (k == EMPTY) as usize;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }
}

impl Featurizer {
    /// A featurizer with `params` (which must pass [`HashedNgrams::validate`]).
    pub fn new(params: HashedNgrams) -> Self {
        let mask = if params.buckets.is_power_of_two() { params.buckets as u64 - 1 } else { 0 };
        let mut sublinear = [0f32; 64];
        for (c, v) in sublinear.iter_mut().enumerate().skip(1) {
            *v = 1.0 + (c as f32).ln();
        }
        Self {
            params,
            mask,
            slots: vec![FREE; 1024],
            touched: vec![0; 512],
            sublinear,
            lower: Vec::with_capacity(1024),
            words: Vec::with_capacity(256),
            word_hash: Vec::with_capacity(256),
            char_starts: Vec::with_capacity(64),
            padded: Vec::with_capacity(64),
            cache: WordCache::new(),
        }
    }

    /// The parameters.
    pub fn params(&self) -> &HashedNgrams {
        &self.params
    }

    /// Lowercase the first `max_chars` characters of `text` into `self.lower`; returns whether
    /// it is all ASCII.
    fn lowercase(&mut self, text: &str) -> bool {
        self.lower.clear();
        let max = self.params.max_chars;
        if text.len() <= max && text.is_ascii() {
            // Every byte is a character: no character count to keep.
            self.lower.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
            return true;
        }
        let mut buf = [0u8; 4];
        for (n, c) in text.chars().enumerate() {
            if n >= max {
                break;
            }
            if c.is_ascii() {
                self.lower.push(c.to_ascii_lowercase() as u8);
            } else {
                for l in c.to_lowercase() {
                    self.lower.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
        false
    }

    /// [`Self::split_words`] for an all-ASCII `self.lower`: a table lookup per byte.
    fn split_ascii_words(&mut self) {
        self.words.clear();
        let lower = &self.lower[..];
        let n = lower.len();
        let mut i = 0;
        loop {
            while i < n && !ASCII_ALNUM[lower[i] as usize] {
                i += 1;
            }
            if i == n {
                break;
            }
            let s = i;
            while i < n && ASCII_ALNUM[lower[i] as usize] {
                i += 1;
            }
            self.words.push((s as u32, i as u32, true));
        }
    }

    /// Split `self.lower` into words: maximal runs of alphanumeric characters.
    fn split_words(&mut self) {
        self.words.clear();
        let lower = &self.lower;
        let (mut i, n) = (0usize, lower.len());
        let mut start: Option<(usize, bool)> = None;
        while i < n {
            let b = lower[i];
            let (alnum, width) = if b < 0x80 {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let width = match b {
                    0xf0..=0xff => 4,
                    0xe0..=0xef => 3,
                    _ => 2,
                };
                // `lower` was built from `char`s, so it is valid UTF-8 at every char start.
                let c = std::str::from_utf8(&lower[i..(i + width).min(n)]).ok().and_then(|s| s.chars().next());
                (c.is_some_and(char::is_alphanumeric), width)
            };
            if alnum {
                match &mut start {
                    Some((_, ascii)) => *ascii &= b < 0x80,
                    None => start = Some((i, b < 0x80)),
                }
            } else if let Some((s, ascii)) = start.take() {
                self.words.push((s as u32, i as u32, ascii));
            }
            i += width;
        }
        if let Some((s, ascii)) = start {
            self.words.push((s as u32, n as u32, ascii));
        }
    }

    /// Append the features of `text` to `indices` and `values` (the L2-normalised weights);
    /// returns how many were appended (0 for a text without words).
    pub fn featurize(&mut self, text: &str, indices: &mut Vec<i64>, values: &mut Vec<f32>) -> usize {
        if self.mask != 0 {
            let mask = self.mask;
            self.featurize_with(text, indices, values, move |h| (fmix(h) & mask) as u32)
        } else {
            let buckets = self.params.buckets as u64;
            self.featurize_with(text, indices, values, move |h| (fmix(h) % buckets) as u32)
        }
    }

    /// [`Self::featurize`] with `bucket` mapping a hash to its bucket (a mask for a power-of-two
    /// bucket count, the default model's, instead of a division: the same bucket, cheaper).
    #[inline(always)]
    fn featurize_with(
        &mut self,
        text: &str,
        indices: &mut Vec<i64>,
        values: &mut Vec<f32>,
        bucket: impl Fn(u64) -> u32,
    ) -> usize {
        if self.lowercase(text) {
            self.split_ascii_words();
        } else {
            self.split_words();
        }
        let [wl, wh] = self.params.word_ngrams;
        let [cl, ch] = self.params.char_ngrams;
        let (wl, wh, cl, ch) = (wl as usize, wh as usize, cl as usize, ch as usize);
        let lower = &self.lower;
        let words = &self.words;

        // The most features the text can have (each window of each word, each word n-gram),
        // to size the merge table and the first-seen list before the first bucket.
        let mut most = 0;
        if wh >= 1 {
            most += words.len() * (wh - wl + 1);
        }
        if ch >= 1 {
            for &(s, e, _) in words.iter() {
                // Bytes bound characters; + 2 for `<` and `>`.
                let len = (e - s) as usize + 2;
                most += (cl..=ch).map(|n| (len + 1).saturating_sub(n)).sum::<usize>();
            }
        }
        // A sparse table (load at most 1/8, most texts far less) makes collisions rare, so the
        // probe's one branch is nearly always taken the same way; a page-long letter's table
        // stops at 32,768 slots (256 kB) to stay in cache.
        let size = (most * 8).next_power_of_two().min(1 << 15).max((most * 2).next_power_of_two()).max(64);
        if size > self.slots.len() {
            self.slots = vec![FREE; size];
        }
        if most > self.touched.len() {
            self.touched = vec![0; most.next_power_of_two()];
        }
        let mut merge = Merge { slots: &mut self.slots[..size], touched: &mut self.touched, len: 0 };

        self.word_hash.clear();
        for &(s, e, _) in words.iter() {
            self.word_hash.push(fnv_bytes(FNV_OFFSET ^ SEED_WORD, &lower[s as usize..e as usize]));
        }
        if wh >= 1 {
            let word_hash = &self.word_hash;
            for i in 0..words.len() {
                let mut h = word_hash[i];
                for n in 1..=wh {
                    if i + n > words.len() {
                        break;
                    }
                    if n > 1 {
                        // Order-dependent combination of the word hashes.
                        h = (h ^ n as u64).wrapping_mul(FNV_PRIME) ^ word_hash[i + n - 1].rotate_left(17);
                    }
                    if n >= wl {
                        merge.add(bucket(h));
                    }
                }
            }
        }
        if ch >= 1 {
            // The n-gram length tag mixed into each hash, by length.
            let mut tag = [0u64; 9];
            for (n, t) in tag.iter_mut().enumerate() {
                *t = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            }
            let padded = &mut self.padded;
            let starts = &mut self.char_starts;
            let cache = &mut self.cache;
            for (&(s, e, ascii), &word_hash) in words.iter().zip(&self.word_hash) {
                let word = &lower[s as usize..e as usize];
                if let Some(cached) = cache.get(word_hash, word) {
                    cached.iter().for_each(|&b| merge.add(b));
                    continue;
                }
                // Hash the word's windows into `fresh` (in order), merge them, remember them.
                padded.clear();
                padded.push(b'<');
                padded.extend_from_slice(word);
                padded.push(b'>');
                let mut fresh = std::mem::take(&mut cache.scratch);
                fresh.clear();
                if ascii {
                    // One byte per character: FNV of a character is one step.
                    let nchars = padded.len();
                    for i in 0..nchars {
                        let mut h = FNV_OFFSET ^ SEED_CHAR;
                        let top = ch.min(nchars - i);
                        for n in 1..=top {
                            h = (h ^ padded[i + n - 1] as u64).wrapping_mul(FNV_PRIME);
                            // The whole padded word is already a word feature; a 1-char window
                            // of only `<` or `>` carries nothing.
                            if n >= cl && !(n == 1 && (i == 0 || i + 1 == nchars)) {
                                fresh.push(bucket(h ^ tag[n]));
                            }
                        }
                    }
                } else {
                    starts.clear();
                    let text = std::str::from_utf8(padded).unwrap_or("");
                    starts.extend(text.char_indices().map(|(i, _)| i as u32));
                    let nchars = starts.len();
                    starts.push(padded.len() as u32);
                    for i in 0..nchars {
                        let mut h = FNV_OFFSET ^ SEED_CHAR;
                        for n in 1..=ch {
                            if i + n > nchars {
                                break;
                            }
                            h = fnv_bytes(h, &padded[starts[i + n - 1] as usize..starts[i + n] as usize]);
                            if n >= cl && !(n == 1 && (i == 0 || i + 1 == nchars)) {
                                fresh.push(bucket(h ^ tag[n]));
                            }
                        }
                    }
                }
                fresh.iter().for_each(|&b| merge.add(b));
                if word.len() <= CACHE_WORD_MAX {
                    cache.insert(word_hash, word, &fresh);
                }
                cache.scratch = fresh;
            }
        }

        // Counts in first-seen order, then the table is freed slot by slot for the next text.
        let Merge { slots, touched, len } = merge;
        let touched = &touched[..len];
        let before = values.len();
        indices.extend(touched.iter().map(|&t| slots[t as usize].key as i64));
        let sublinear = &self.sublinear;
        if self.params.sublinear_tf {
            values.extend(touched.iter().map(|&t| {
                let c = slots[t as usize].count;
                match sublinear.get(c as usize) {
                    Some(v) => *v,
                    None => 1.0 + (c as f32).ln(),
                }
            }));
        } else {
            values.extend(touched.iter().map(|&t| slots[t as usize].count as f32));
        }
        for &t in touched {
            slots[t as usize] = FREE;
        }
        // A separate pass (same order, same sum) keeps the accumulator in a register.
        let norm: f32 = values[before..].iter().fold(0f32, |n, v| n + v * v);
        if norm > 0.0 {
            let inv = 1.0 / norm.sqrt();
            values[before..].iter_mut().for_each(|v| *v *= inv);
        }
        len
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

    /// The featurizer's definition, written plainly (char by char, a map for the counts): the
    /// fast paths (ASCII bytes, the small merge table) must give exactly its features, in the
    /// same order, with the same weights.
    fn reference(p: &HashedNgrams, text: &str) -> Vec<(i64, f32)> {
        let lower: String = text.chars().take(p.max_chars).flat_map(char::to_lowercase).collect();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let bucket = |h: u64| (fmix(h) % p.buckets as u64) as i64;
        let mut order: Vec<i64> = Vec::new();
        let mut counts = std::collections::HashMap::new();
        let mut add = |b: i64| {
            *counts.entry(b).or_insert_with(|| {
                order.push(b);
                0u32
            }) += 1;
        };
        let wh: Vec<u64> = words.iter().map(|w| fnv_bytes(FNV_OFFSET ^ SEED_WORD, w.as_bytes())).collect();
        for i in 0..words.len() {
            let mut h = wh[i];
            for n in 1..=p.word_ngrams[1] as usize {
                if i + n > words.len() {
                    break;
                }
                if n > 1 {
                    h = (h ^ n as u64).wrapping_mul(FNV_PRIME) ^ wh[i + n - 1].rotate_left(17);
                }
                if n >= p.word_ngrams[0] as usize {
                    add(bucket(h));
                }
            }
        }
        for w in &words {
            let chars: Vec<String> = std::iter::once('<').chain(w.chars()).chain(std::iter::once('>')).map(String::from).collect();
            for i in 0..chars.len() {
                let mut h = FNV_OFFSET ^ SEED_CHAR;
                for n in 1..=p.char_ngrams[1] as usize {
                    if i + n > chars.len() {
                        break;
                    }
                    h = fnv_bytes(h, chars[i + n - 1].as_bytes());
                    if n >= p.char_ngrams[0] as usize && !(n == 1 && (i == 0 || i + 1 == chars.len())) {
                        add(bucket(h ^ (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)));
                    }
                }
            }
        }
        let vals: Vec<f32> = order.iter().map(|b| 1.0 + (counts[b] as f32).ln()).collect();
        let norm = vals.iter().fold(0f32, |n, v| n + v * v);
        order.into_iter().zip(vals).map(|(b, v)| (b, v / norm.sqrt())).collect()
    }

    #[test]
    fn fast_paths_match_the_plain_definition() {
        let mut p = params();
        p.max_chars = 60;
        let mut f = Featurizer::new(p.clone());
        let long = "Please delete my account, my data and everything else you hold about me. ".repeat(40);
        let texts = [
            "Please DELETE my data!! data data data",
            "Bitte löschen Sie MEINE Daten, Straße 12",
            "Supprimez mes données personnelles, s'il vous plaît",
            "İstanbul ΣΊΣΥΦΟΣ mixed ascii and ünïcödé",
            "a",
            "",
            "  ,;!  ",
            "x1 2y 42 🙂 emoji",
            long.as_str(),
        ];
        for t in texts {
            let (mut i, mut v) = (Vec::new(), Vec::new());
            f.featurize(t, &mut i, &mut v);
            let got: Vec<(i64, f32)> = i.into_iter().zip(v).collect();
            let want = reference(&p, t);
            assert_eq!(got.len(), want.len(), "{t:?}");
            for (g, w) in got.iter().zip(&want) {
                assert_eq!(g.0, w.0, "{t:?}");
                assert!((g.1 - w.1).abs() < 1e-6, "{t:?}: {g:?} vs {w:?}");
            }
        }
        // A long text (more features than the merge table's first size) and a non-power-of-two
        // bucket count take the same definition.
        p.max_chars = 4000;
        p.buckets = 100_003;
        let mut f = Featurizer::new(p.clone());
        let (mut i, mut v) = (Vec::new(), Vec::new());
        f.featurize(&long, &mut i, &mut v);
        assert_eq!(i, reference(&p, &long).into_iter().map(|x| x.0).collect::<Vec<_>>());
    }

    /// The word cache replays what hashing gives: the same features with a warm cache, a cold
    /// one, and after the cache filled up and was emptied (more distinct words than it holds).
    #[test]
    fn word_cache_changes_nothing() {
        let p = HashedNgrams { char_ngrams: [3, 5], ..params() };
        let mut warm = Featurizer::new(p.clone());
        let texts: Vec<String> = (0..3 * CACHE_WORDS)
            .map(|i| format!("Bitte löschen Sie w{i}x meine Daten {} über-{}", i % 97, i * 7919 % 1000))
            .collect();
        for round in 0..2 {
            for (k, t) in texts.iter().enumerate().filter(|(k, _)| round == 0 || k % 101 == 0) {
                let (mut i, mut v) = (Vec::new(), Vec::new());
                warm.featurize(t, &mut i, &mut v);
                let (mut ci, mut cv) = (Vec::new(), Vec::new());
                Featurizer::new(p.clone()).featurize(t, &mut ci, &mut cv);
                assert_eq!(i, ci, "text {k}, round {round}");
                assert_eq!(v.iter().map(|x| x.to_bits()).collect::<Vec<_>>(), cv.iter().map(|x| x.to_bits()).collect::<Vec<_>>());
                if k % 1000 == 0 {
                    let want = reference(&p, t);
                    assert_eq!(i, want.iter().map(|x| x.0).collect::<Vec<_>>(), "text {k}");
                }
            }
        }
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
