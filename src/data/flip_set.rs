//! The points whose train/test flag a new split flips: a sorted list when
//! few change, a bitmap when many do (a ratio slider swept across a
//! million points flips most of them: 125 KB as bits, 3.6 MB as a list).

/// A set of point indices, stored as whichever of a sorted list and a
/// bitmap is smaller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlipSet {
    /// Increasing indices.
    List(Vec<u32>),
    /// Bit `i` of the words is set for index `i`.
    Bits(Vec<u64>),
}

impl FlipSet {
    /// The set of the increasing `indices` into `n` points, in its smaller form.
    pub fn new(indices: Vec<u32>, n: usize) -> Self {
        if indices.len() * 4 <= n.div_ceil(64) * 8 {
            return FlipSet::List(indices);
        }
        let mut words = vec![0u64; n.div_ceil(64)];
        for i in indices {
            words[i as usize / 64] |= 1 << (i % 64);
        }
        FlipSet::Bits(words)
    }

    /// The set whose members are the set bits of `words`, in its smaller form.
    pub fn from_words(words: Vec<u64>) -> Self {
        let count: usize = words.iter().map(|w| w.count_ones() as usize).sum();
        if count * 4 > words.len() * 8 {
            return FlipSet::Bits(words);
        }
        FlipSet::List(set_bits(&words).map(|i| i as u32).collect())
    }

    /// The indices, increasing.
    pub fn iter(&self) -> Box<dyn Iterator<Item = usize> + '_> {
        match self {
            FlipSet::List(v) => Box::new(v.iter().map(|&i| i as usize)),
            FlipSet::Bits(words) => Box::new(set_bits(words)),
        }
    }

    /// Whether no index is in the set.
    pub fn is_empty(&self) -> bool {
        match self {
            FlipSet::List(v) => v.is_empty(),
            FlipSet::Bits(words) => words.iter().all(|&w| w == 0),
        }
    }

    /// The largest index, if any.
    pub fn last(&self) -> Option<usize> {
        match self {
            FlipSet::List(v) => v.last().map(|&i| i as usize),
            FlipSet::Bits(words) => words
                .iter()
                .rposition(|&w| w != 0)
                .map(|w| w * 64 + 63 - words[w].leading_zeros() as usize),
        }
    }

    /// The set as a bitmap of `n` points (indices beyond are dropped).
    fn words(&self, n: usize) -> Vec<u64> {
        let mut words = vec![0u64; n.div_ceil(64)];
        match self {
            FlipSet::List(v) => {
                for &i in v {
                    if let Some(w) = words.get_mut(i as usize / 64) {
                        *w |= 1 << (i % 64);
                    }
                }
            }
            FlipSet::Bits(b) => {
                for (w, x) in words.iter_mut().zip(b) {
                    *w = *x;
                }
            }
        }
        words
    }

    /// The indices in exactly one of the two sets (flipping both equals
    /// flipping this one), for `n` points.
    pub fn symmetric_difference(&self, other: &FlipSet, n: usize) -> FlipSet {
        let mut words = self.words(n);
        for (w, x) in words.iter_mut().zip(other.words(n)) {
            *w ^= x;
        }
        FlipSet::from_words(words)
    }

    /// Bytes the set keeps in memory.
    pub fn bytes(&self) -> usize {
        match self {
            FlipSet::List(v) => v.capacity() * 4,
            FlipSet::Bits(w) => w.capacity() * 8,
        }
    }
}

/// The positions of the set bits of `words`, increasing.
fn set_bits(words: &[u64]) -> impl Iterator<Item = usize> + '_ {
    words.iter().enumerate().flat_map(|(k, &word)| {
        let mut bits = word;
        std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let b = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                k * 64 + b
            })
        })
    })
}

impl From<Vec<u32>> for FlipSet {
    /// A list of increasing indices, kept as a list.
    fn from(indices: Vec<u32>) -> Self {
        FlipSet::List(indices)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_smaller_form_holds_the_same_indices() {
        let few = FlipSet::new(vec![3, 70, 999], 1000);
        assert!(matches!(few, FlipSet::List(_)));
        let many: Vec<u32> = (0..1000).filter(|i| i % 3 == 0).collect();
        let set = FlipSet::new(many.clone(), 1000);
        assert!(matches!(set, FlipSet::Bits(_)));
        assert!(set.bytes() < many.len() * 4);
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            many.iter().map(|&i| i as usize).collect::<Vec<_>>()
        );
        assert_eq!(set.last(), Some(999));
        assert_eq!(few.last(), Some(999));
    }

    #[test]
    fn symmetric_difference_flips_what_either_flips_once() {
        let a = FlipSet::from(vec![1, 4, 7]);
        let b = FlipSet::from(vec![0, 4, 9]);
        let c = a.symmetric_difference(&b, 10);
        assert_eq!(c.iter().collect::<Vec<_>>(), [0, 1, 7, 9]);
        assert!(a.symmetric_difference(&a, 10).is_empty());
    }
}
