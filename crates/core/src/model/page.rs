//! The rows of a long chart shown at once. A reader's own file may hold 2,000 missions: drawn whole, a chart would be
//! tens of thousands of pixels tall, past what some engines draw, and every click would lay out every row. So the
//! personnel chart and the timeline show a page of rows, in the order of the view, and say how many they leave out.

use std::ops::Range;

/// The most rows a chart shows at once: the paper's table. Its 25 missions show whole; a larger file's page draws as
/// many rows, so that a click costs what it costs with the paper's data (pages of 40 made the long charts' redraw at
/// 4x CPU throttling slower, see docs/decisions.md); and a page fits a laptop's screen with its axis and pager.
pub const PAGE_ROWS: usize = 25;

/// One page of a list of `total` rows: rows `first` to `first + shown` (0-based, end excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub first: usize,
    pub shown: usize,
    pub total: usize,
}

impl Page {
    /// The page starting at row `first` of `total`, moved back to the last page's start where the list is shorter.
    pub fn at(first: usize, total: usize) -> Page {
        let last_start = total.saturating_sub(1) / PAGE_ROWS * PAGE_ROWS;
        let first = (first / PAGE_ROWS * PAGE_ROWS).min(last_start);
        Page { first, shown: (total - first).min(PAGE_ROWS), total }
    }

    /// The rows shown, as indices into the whole list.
    pub fn range(&self) -> Range<usize> {
        self.first..self.first + self.shown
    }

    /// How many rows this page leaves out.
    pub fn hidden(&self) -> usize {
        self.total - self.shown
    }

    /// The first row of the page before this one, if any.
    pub fn previous(&self) -> Option<usize> {
        self.first.checked_sub(PAGE_ROWS)
    }

    /// The first row of the page after this one, if any.
    pub fn next(&self) -> Option<usize> {
        Some(self.first + PAGE_ROWS).filter(|next| *next < self.total)
    }
}

/// Where a reader has paged to, and in which view (filters, order and data): the rows of one view are not those of
/// another, so another view starts again at its first rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging<V> {
    view: V,
    first: usize,
}

impl<V: PartialEq + Copy> Paging<V> {
    /// The first page of `view`.
    pub fn new(view: V) -> Paging<V> {
        Paging { view, first: 0 }
    }

    /// The page shown of `view`'s `total` rows.
    pub fn page(&self, view: V, total: usize) -> Page {
        Page::at(if self.view == view { self.first } else { 0 }, total)
    }

    /// Goes to the page starting at row `first` of `view`.
    pub fn go(&mut self, view: V, first: usize) {
        *self = Paging { view, first };
    }
}
