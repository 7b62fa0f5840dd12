//! A set of values of a small closed vocabulary, stored as bits: copyable, comparable and cheap to clone into
//! every signal and closure of the interface.

use pko_data::Vocabulary;
use std::marker::PhantomData;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Set<T> {
    bits: u32,
    marker: PhantomData<T>,
}

impl<T> Default for Set<T> {
    fn default() -> Set<T> {
        Set { bits: 0, marker: PhantomData }
    }
}

impl<T: Vocabulary> Set<T> {
    pub fn contains(self, value: T) -> bool {
        self.bits & (1 << value.index()) != 0
    }

    /// Whether `value` is in the set, or the set is empty (a filter that chose nothing lets everything through).
    pub fn contains_or_empty(self, value: T) -> bool {
        self.is_empty() || self.contains(value)
    }

    pub fn is_empty(self) -> bool {
        self.bits == 0
    }

    pub fn insert(&mut self, value: T) {
        self.bits |= 1 << value.index();
    }

    pub fn toggle(&mut self, value: T) {
        self.bits ^= 1 << value.index();
    }

    /// The members, in the vocabulary's order.
    pub fn iter(self) -> impl Iterator<Item = T> {
        T::ALL.iter().copied().filter(move |value| self.contains(*value))
    }

    pub fn len(self) -> usize {
        self.bits.count_ones() as usize
    }
}

impl<T: Vocabulary> FromIterator<T> for Set<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Set<T> {
        let mut set = Set::default();
        for value in values {
            set.insert(value);
        }
        set
    }
}

impl<T: Vocabulary + std::fmt::Debug> std::fmt::Debug for Set<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}
