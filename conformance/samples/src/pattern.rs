//! Schema `pattern`s: matched as ECMAScript regular expressions, as JSON
//! Schema asks (by `regress`), and turned into a matching string from their
//! syntax tree (parsed by `regex-syntax`).
//!
//! A pattern is searched for, not anchored, unless it says `^`/`$`. It is
//! compiled with the `u` flag, as ajv (and so Prism) compiles patterns, or
//! without it when only the older syntax accepts it.
//!
//! Strings are made from the `regex-syntax` tree, whose syntax is close to
//! ECMAScript's for what schemas use (classes, groups, alternation,
//! quantifiers, anchors at the ends). Every string made is checked with the
//! ECMAScript matcher before it is handed out, so where the two syntaxes
//! read a pattern differently the result is "no string", never a wrong
//! one. Patterns `regex-syntax` does not read (lookaround, backreferences)
//! can be matched but not generated from.

use std::fmt;

use regex_syntax::hir::{Class, Hir, HirKind};

/// Why a pattern cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported(pub String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A parsed pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    source: String,
    regex: regress::Regex,
}

impl Pattern {
    /// Parses an ECMAScript pattern; an error when it is not one.
    pub fn parse(pattern: &str) -> Result<Self, Unsupported> {
        let regex = regress::Regex::with_flags(pattern, "u")
            .or_else(|_| regress::Regex::new(pattern))
            .map_err(|e| Unsupported(e.to_string()))?;
        Ok(Self {
            source: pattern.to_owned(),
            regex,
        })
    }

    /// Whether `text` matches (searched for, unless anchored).
    pub fn is_match(&self, text: &str) -> bool {
        self.regex.find(text).is_some()
    }

    /// A string of `min_len..=max_len` characters that matches, found by
    /// repeating the first open-ended quantifier more and more.
    pub fn generate(&self, min_len: usize, max_len: Option<usize>) -> Result<String, Unsupported> {
        let tree = regex_syntax::Parser::new()
            .parse(&self.source)
            .map_err(|e| {
                Unsupported(format!(
                    "no string is made for this syntax ({})",
                    last_line(&e.to_string())
                ))
            })?;
        let limit = max_len.unwrap_or(usize::MAX);
        for extra in 0..=min_len.max(1) + 64 {
            let mut out = String::new();
            let mut extra_left = Some(extra);
            generate(&tree, &mut out, &mut extra_left, &mut 0);
            let len = out.chars().count();
            if len >= min_len && len <= limit && self.is_match(&out) {
                return Ok(out);
            }
            if len > limit {
                break;
            }
        }
        let range = match max_len {
            Some(max) => format!("{min_len} to {max}"),
            None => format!("at least {min_len}"),
        };
        Err(Unsupported(format!(
            "no string of {range} characters that matches was found"
        )))
    }
}

/// `regex-syntax` errors show the pattern with a caret over several lines;
/// the last line says what is wrong.
fn last_line(message: &str) -> String {
    message
        .lines()
        .rev()
        .find(|line| line.starts_with("error:"))
        .map_or(message, |line| line.trim_start_matches("error:").trim())
        .to_owned()
}

/// The `n`th (cyclically) of the pleasant characters in a class, else the
/// first printable ASCII one, else its first character.
fn pick(class: &Class, n: usize) -> Option<char> {
    const NICE: &str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-.";
    let Class::Unicode(class) = class else {
        // Byte classes only come from `(?-u)`, which ECMAScript does not have.
        return None;
    };
    let contains = |c: char| {
        class
            .ranges()
            .iter()
            .any(|range| (range.start()..=range.end()).contains(&c))
    };
    let nice: Vec<char> = NICE.chars().filter(|c| contains(*c)).collect();
    if !nice.is_empty() {
        return Some(nice[n % nice.len()]);
    }
    (' '..='~')
        .find(|c| contains(*c))
        .or_else(|| class.ranges().first().map(|range| range.start()))
}

/// Appends the shortest string `hir` matches, except that the first
/// open-ended (or ranged) repetition repeats `extra` more times; `n` moves
/// on through each class's characters.
fn generate(hir: &Hir, out: &mut String, extra: &mut Option<usize>, n: &mut usize) {
    match hir.kind() {
        // Anchors and boundaries take no characters; the final match says
        // whether they hold.
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(literal) => out.push_str(&String::from_utf8_lossy(&literal.0)),
        HirKind::Class(class) => {
            if let Some(c) = pick(class, *n) {
                out.push(c);
                *n += 1;
            }
        }
        HirKind::Capture(capture) => generate(&capture.sub, out, extra, n),
        HirKind::Concat(items) => {
            for item in items {
                generate(item, out, extra, n);
            }
        }
        HirKind::Alternation(alternatives) => {
            if let Some(first) = alternatives.first() {
                generate(first, out, extra, n);
            }
        }
        HirKind::Repetition(repetition) => {
            let (min, max) = (repetition.min, repetition.max);
            let mut times = min as usize;
            if max.is_none_or(|m| m > min) {
                if let Some(more) = extra.take() {
                    let room = max.map_or(usize::MAX, |m| (m - min) as usize);
                    times += more.min(room);
                }
            }
            for _ in 0..times {
                generate(&repetition.sub, out, extra, n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(pattern: &str) -> Pattern {
        Pattern::parse(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"))
    }

    #[test]
    fn matches_like_ecmascript() {
        let cases: &[(&str, &str, bool)] = &[
            ("^[a-z]+$", "abcdefghijklmnopqrst", true),
            ("^[a-z]+$", "abc1", false),
            ("^[a-z]+$", "", false),
            ("^[\\w-]+$", "my-org_1", true),
            ("^[\\w-]+$", "my org", false),
            // `\d` and `\w` are ASCII in ECMAScript, even with `u`.
            ("^\\d+$", "٣", false),
            ("^\\w+$", "é", false),
            ("^\\d+$", "20250312000000", true),
            ("^[^,]+$", "a,b", false),
            (
                "^(-?[0-9]+(?:\\.[0-9]+)?)(us|ms|s|min|h|d)?$",
                "1.5min",
                true,
            ),
            ("^(-?[0-9]+(?:\\.[0-9]+)?)(us|ms|s|min|h|d)?$", "5 s", false),
            ("^([0-9]{1,15}=[0-9]+,?)*$", "", true),
            ("^([0-9]{1,15}=[0-9]+,?)*$", "1=", false),
            (
                "^\\s*([a-zA-Z0-9_-]+(\\s*,+\\s*)?)*\\s*$",
                " public, auth ",
                true,
            ),
            // Lookahead and backreferences are ECMAScript too.
            ("^(?!SUPABASE_).*", "MY_SECRET", true),
            ("^(?!SUPABASE_).*", "SUPABASE_URL", false),
            ("^(a)\\1$", "aa", true),
            // Unanchored patterns are searched for.
            ("[0-9]", "abc1", true),
            ("^b", "abc", false),
            ("c$", "abc", true),
        ];
        for (pattern, text, expected) in cases {
            assert_eq!(
                p(pattern).is_match(text),
                *expected,
                "{pattern} on {text:?}"
            );
        }
    }

    #[test]
    fn generates_matching_strings_of_the_asked_length() {
        assert_eq!(
            p("^[a-z]+$").generate(20, Some(20)).unwrap(),
            "abcdefghijklmnopqrst"
        );
        assert_eq!(p("^\\d+$").generate(0, None).unwrap(), "0");
        assert_eq!(
            p("^[A-Za-z][A-Za-z0-9_-]*$").generate(3, None).unwrap(),
            "abc"
        );
        for pattern in [
            "^[\\w-]+$",
            "^[^,]+$",
            "^[A-Za-z0-9_-]+$",
            "^(-?[0-9]+(?:\\.[0-9]+)?)(us|ms|s|min|h|d)?$",
            "^([0-9]{1,15}=[0-9]+,?)*$",
            "^\\s*([a-zA-Z0-9_-]+(\\s*,+\\s*)?)*\\s*$",
            "^[a-z_][a-z0-9_]+$",
        ] {
            let text = p(pattern).generate(1, Some(40)).unwrap();
            assert!(p(pattern).is_match(&text), "{pattern}: {text:?}");
            assert!(!text.is_empty(), "{pattern}");
        }
        let error = p("^[a-z]{2}$").generate(3, None).unwrap_err();
        assert!(error.0.contains("at least 3"), "{error}");
    }

    #[test]
    fn what_cannot_be_generated_from_is_still_matched() {
        let pattern = p("^(?!SUPABASE_).*");
        let error = pattern.generate(1, None).unwrap_err();
        assert!(error.0.contains("no string is made"), "{error}");
        assert!(pattern.is_match("sample"));
    }

    #[test]
    fn refuses_what_is_not_ecmascript() {
        for pattern in ["(", "[b-a]", "a{2,1}", "*"] {
            assert!(Pattern::parse(pattern).is_err(), "{pattern}");
        }
    }
}
