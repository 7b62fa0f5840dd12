//! The browser, asked and acted on through small functions, each with a fallback, so that a sandboxed iframe, a
//! missing API or an odd window size degrades to a default instead of failing. One file per kind of fact or
//! action.

pub mod address;
pub mod clipboard;
pub mod document;
pub mod downloads;
pub mod frame_height;
pub mod media;
pub mod observers;
pub mod performance;
