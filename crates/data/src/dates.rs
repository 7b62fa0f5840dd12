//! Months as a spreadsheet may give them back. The app writes `1998-08`; opened and saved again in a spreadsheet
//! that took it for a date, the cell may come back as `Aug-98`, `1998/08/01`, `8/1998`, `01/08/1998` or
//! `1998年8月`. Every form whose month is certain is read; a form whose month depends on a convention the file
//! does not state is named in the message, with the months it could be.
//!
//! What is read, beside `YYYY-MM`:
//! - the year first, in four digits, then the month, then perhaps a day: `1998-8`, `1998/08`, `1998.08.01`,
//!   `1998-08-01`, `1998年8月`, `1998年8月1日` (the day is checked, then dropped: the data holds months);
//! - the month then a four-digit year: `8/1998`, `08-1998`, `08.1998`;
//! - an English month name or its abbreviation, with a year of four digits or two and perhaps a day: `Aug-98`,
//!   `Aug 1998`, `August 1998`, `1-Aug-98`, `Aug 1, 1998`, `1998-Aug`. Two-digit years are read in
//!   [`TWO_DIGIT_YEARS`];
//! - two numbers then a four-digit year (`01/08/1998`, `8/1/1998`, with `/`, `-` or `.`) when the month is
//!   certain: one number is over 12 (it is the day), both are the same, or exactly one of them is 1. That last
//!   rule takes the 1 for the day: the app writes months, and a spreadsheet that turns a month into a date puts it
//!   on the 1st, in the order of its locale (`01/08/1998` in Britain, `8/1/1998` in the United States are both
//!   August). Otherwise (`05/08/1998`: May or August?) the date is ambiguous and named as such.
//!
//! Not read: two-digit years in dates of numbers alone (`08/01/98` could put the year in any place), and month
//! names in other languages.

use super::types::YearMonth;

/// Two-digit years are read in this span, first and last year included: the data's months run from 1948
/// (UNTSO's start) to the present and its UN scales into the 2030s, so `48` is 1948 and `27` is 2027.
pub const TWO_DIGIT_YEARS: (u16, u16) = (1940, 2039);

/// Why a cell is not a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not any form of a date that is read.
    Unreadable,
    /// A date of numbers alone whose day and month could be either way round, giving different months.
    Ambiguous { day_first: YearMonth, month_first: YearMonth },
    /// A date of numbers alone with a two-digit year.
    TwoDigitYear,
}

/// One part of a date as written: a number (its value and how many digits it was written with) or a month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Number(u16, usize),
    MonthName(u8),
}

/// The month a cell holds, in any form listed in the module's documentation.
pub fn read_month(text: &str) -> Result<YearMonth, DateProblem> {
    let text = text.trim();
    if let Some(month) = YearMonth::parse(text) {
        return Ok(month);
    }
    let parts = parts(text).ok_or(DateProblem::Unreadable)?;
    let month = |year: u16, month: u16| u8::try_from(month).ok().and_then(|month| YearMonth::new(year, month));
    use Part::{MonthName, Number};
    let found = match parts.as_slice() {
        [Number(year, 4), Number(m, 1..=2)] | [Number(m, 1..=2), Number(year, 4)] => month(*year, *m),
        [Number(year, 4), Number(m, 1..=2), Number(day, 1..=2)] => {
            month(*year, *m).filter(|month| is_day_of(*day, *month))
        }
        [Number(a, 1..=2), Number(b, 1..=2), Number(year, 4)] => return day_and_month(*a, *b, *year),
        [Number(_, 1..=2), Number(_, 1..=2), Number(_, 2)] | [Number(_, 1..=2), Number(_, 2)] => {
            return Err(DateProblem::TwoDigitYear)
        }
        [MonthName(m), Number(year, 2 | 4)] | [Number(year, 4), MonthName(m)] => {
            full_year(*year).and_then(|year| YearMonth::new(year, *m))
        }
        [Number(day, 1..=2), MonthName(m), Number(year, 2 | 4)]
        | [MonthName(m), Number(day, 1..=2), Number(year, 2 | 4)]
        | [Number(year, 4), MonthName(m), Number(day, 1..=2)] => {
            full_year(*year).and_then(|year| YearMonth::new(year, *m)).filter(|month| is_day_of(*day, *month))
        }
        _ => None,
    };
    found.ok_or(DateProblem::Unreadable)
}

/// `a/b/year`: the month when the order of day and month does not matter or is certain (see the module's
/// documentation for the rule).
fn day_and_month(a: u16, b: u16, year: u16) -> Result<YearMonth, DateProblem> {
    let reading = |day: u16, month: u16| {
        u8::try_from(month).ok().and_then(|month| YearMonth::new(year, month)).filter(|month| is_day_of(day, *month))
    };
    match (reading(a, b), reading(b, a)) {
        (Some(month), None) | (None, Some(month)) => Ok(month),
        (Some(day_first), Some(month_first)) => {
            if day_first == month_first || a == 1 {
                Ok(day_first)
            } else if b == 1 {
                Ok(month_first)
            } else {
                Err(DateProblem::Ambiguous { day_first, month_first })
            }
        }
        (None, None) => Err(DateProblem::Unreadable),
    }
}

/// A year written in four digits, or in two within [`TWO_DIGIT_YEARS`].
fn full_year(year: u16) -> Option<u16> {
    let (first, _) = TWO_DIGIT_YEARS;
    match year {
        0..=99 => {
            let century = first - first % 100;
            Some(if century + year >= first { century + year } else { century + 100 + year })
        }
        1000..=9999 => Some(year),
        _ => None,
    }
}

fn is_day_of(day: u16, month: YearMonth) -> bool {
    let year = month.year();
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month.month() {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=days).contains(&day)
}

/// The parts of a date: numbers and month names between separators (`-`, `/`, `.`, `,`, spaces), or the
/// numbers of a Chinese or Japanese date (`1998年8月1日`).
fn parts(text: &str) -> Option<Vec<Part>> {
    if let Some((year, rest)) = text.split_once('年') {
        let (month, day) = rest.split_once('月')?;
        let mut parts = vec![number(year)?, number(month)?];
        if !day.is_empty() {
            parts.push(number(day.strip_suffix('日')?)?);
        }
        return Some(parts);
    }
    text.split(['-', '/', '.', ',', ' '])
        .filter(|part| !part.is_empty())
        .map(|part| number(part).or_else(|| month_name(part).map(Part::MonthName)))
        .collect()
}

fn number(text: &str) -> Option<Part> {
    let digits = (1..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| text.parse().ok().map(|value| Part::Number(value, text.len()))).flatten()
}

/// January to December from the English name or its first three letters (and `Sept`), in any case.
fn month_name(text: &str) -> Option<u8> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let text = text.to_ascii_lowercase();
    let position = NAMES.iter().position(|name| {
        *name == text || (text.len() == 3 && name.starts_with(&text)) || (text == "sept" && *name == "september")
    })?;
    u8::try_from(position + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<String, DateProblem> {
        read_month(text).map(|month| month.to_string())
    }

    #[test]
    fn reads_every_unambiguous_form_a_spreadsheet_writes() {
        let forms = [
            "1998-08",
            "1998-8",
            "1998/08",
            "1998/08/01",
            "1998-08-01",
            "1998.08.01",
            "1998.8.31",
            "8/1998",
            "08-1998",
            "08.1998",
            "Aug-98",
            "aug-1998",
            "AUG 98",
            "August 1998",
            "Aug. 1998",
            "1-Aug-98",
            "01-Aug-1998",
            "Aug 1, 1998",
            "1998-Aug",
            "1998年8月",
            "1998年8月1日",
            " 1998-08 ",
            "01/08/1998",
            "8/1/1998",
            "08/01/1998",
            "31/08/1998",
            "08/31/1998",
            "8/8/1998",
        ];
        for form in forms {
            assert_eq!(read(form), Ok("1998-08".to_string()), "{form:?}");
        }
        assert_eq!(read("Sept-01"), Ok("2001-09".to_string()));
    }

    #[test]
    fn two_digit_years_fall_in_the_stated_window() {
        assert_eq!(read("Jun-48"), Ok("1948-06".to_string()));
        assert_eq!(read("Jan-40"), Ok("1940-01".to_string()));
        assert_eq!(read("Dec-39"), Ok("2039-12".to_string()));
        assert_eq!(read("Mar-00"), Ok("2000-03".to_string()));
    }

    #[test]
    fn names_what_it_cannot_read() {
        let (may, august) = (YearMonth::new(1998, 5), YearMonth::new(1998, 8));
        let Some((may, august)) = may.zip(august) else { panic!("valid months") };
        assert_eq!(read("05/08/1998"), Err(DateProblem::Ambiguous { day_first: august, month_first: may }));
        assert_eq!(read("08/05/1998"), Err(DateProblem::Ambiguous { day_first: may, month_first: august }));
        assert_eq!(read("08/01/98"), Err(DateProblem::TwoDigitYear));
        assert_eq!(read("08/98"), Err(DateProblem::TwoDigitYear));
        assert_eq!(read("98-08"), Err(DateProblem::TwoDigitYear));
        for bad in
            ["Spring 1991", "1998-13", "13/13/1998", "31/04/1998", "1998-02-30", "Augu-98", "", "1998年13月", "1998年8"]
        {
            assert_eq!(read(bad), Err(DateProblem::Unreadable), "{bad:?}");
        }
    }
}
