//! Time scopes named in a text: "năm 2024", "năm học 2024-2025", "giai
//! đoạn 2021-2030".

/// A time scope named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Year(u16),
    SchoolYear(u16),
    Span(u16, u16),
}

impl Scope {
    /// First and last calendar year touched.
    pub(crate) fn years(self) -> (u16, u16) {
        match self {
            Scope::Year(y) => (y, y),
            Scope::SchoolYear(a) => (a, a.saturating_add(1)),
            Scope::Span(a, b) => (a, b),
        }
    }

    /// As written in Vietnamese: "năm 2024", "năm học 2024-2025",
    /// "giai đoạn 2021-2030".
    pub(crate) fn text(self) -> String {
        match self {
            Scope::Year(y) => format!("năm {y}"),
            Scope::SchoolYear(a) => format!("năm học {a}-{}", a.saturating_add(1)),
            Scope::Span(a, b) => format!("giai đoạn {a}-{b}"),
        }
    }
}

/// Up to four scopes found in one text (a trích yếu names one or two).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Scopes {
    items: [Option<Scope>; 4],
}

impl Scopes {
    fn push(&mut self, s: Scope) {
        if let Some(slot) = self.items.iter_mut().find(|x| x.is_none()) {
            *slot = Some(s);
        }
    }
    pub(crate) fn iter(&self) -> impl Iterator<Item = Scope> + '_ {
        self.items.iter().flatten().copied()
    }
    pub(crate) fn first(&self) -> Option<Scope> {
        self.items[0]
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.items[0].is_none()
    }
}

/// Reads a 4-digit year after optional spaces.
pub(super) fn year_at(s: &str) -> Option<(u16, &str)> {
    let s = s.trim_start();
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let y: u16 = s[..4].parse().ok()?;
    (1900..=2200).contains(&y).then_some((y, &s[4..]))
}

/// Reads "YYYY - YYYY" (either dash, spaces optional).
fn year_pair_at(s: &str) -> Option<(u16, u16)> {
    let (a, rest) = year_at(s)?;
    let rest = rest.trim_start().strip_prefix('-')?;
    let (b, _) = year_at(rest)?;
    Some((a, b))
}

/// The time scopes named in a folded text.
pub(crate) fn scopes(folded: &str) -> Scopes {
    let mut out = Scopes::default();
    for (i, _) in folded.match_indices("giai đoạn") {
        if let Some((a, b)) = year_pair_at(&folded[i + "giai đoạn".len()..]) {
            out.push(Scope::Span(a, b));
        }
    }
    for (i, _) in folded.match_indices("năm") {
        if is_letter(folded[..i].chars().next_back()) {
            continue;
        }
        let rest = &folded[i + "năm".len()..];
        if let Some(r) = rest.strip_prefix(" học") {
            if let Some((a, b)) = year_pair_at(r) {
                if b == a + 1 {
                    out.push(Scope::SchoolYear(a));
                }
            }
        } else if let Some((y, _)) = year_at(rest) {
            // "năm 2021-2030" is a span written without "giai đoạn".
            match year_pair_at(rest) {
                Some((a, b)) if b > a => out.push(Scope::Span(a, b)),
                _ => out.push(Scope::Year(y)),
            }
        }
    }
    out
}

/// Does the text name the year as a number on its own ("2024", not "20245")?
pub(crate) fn has_year_number(folded: &str, year: u16) -> bool {
    let mut buf = [0u8; 4];
    let y = year_str(year, &mut buf);
    folded.match_indices(y).any(|(i, m)| {
        let before = folded[..i].chars().next_back();
        let after = folded[i + m.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

fn year_str(year: u16, buf: &mut [u8; 4]) -> &str {
    let mut y = year.min(9999);
    for b in buf.iter_mut().rev() {
        *b = b'0' + (y % 10) as u8;
        y /= 10;
    }
    std::str::from_utf8(buf).unwrap_or("0000")
}

fn is_letter(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::super::fold::fold;
    use super::*;

    #[test]
    fn finds_time_scopes() {
        let s = scopes(&fold("Hành động vì sự tiến bộ phụ nữ năm 2022"));
        assert_eq!(s.first(), Some(Scope::Year(2022)));
        let s = scopes(&fold("Kế hoạch năm học 2024 – 2025"));
        assert_eq!(s.first(), Some(Scope::SchoolYear(2024)));
        let s = scopes(&fold("giai đoạn 2021-2030"));
        assert_eq!(s.first(), Some(Scope::Span(2021, 2030)));
        assert!(scopes(&fold("bình đẳng giới năm của trường")).is_empty());
        assert!(scopes(&fold("hằng năm")).is_empty());
        assert!(has_year_number("năm 2022.", 2022));
        assert!(!has_year_number("120225", 2022));
    }
}
