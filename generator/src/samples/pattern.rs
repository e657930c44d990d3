//! A small regular-expression engine for schema `pattern`s: enough to check
//! whether a spec's example matches, and to make a string that matches.
//!
//! It reads the ECMAScript syntax JSON Schema uses (`\d` and `\w` are ASCII,
//! a pattern is searched for, not anchored, unless it says `^`/`$`) and
//! supports literals, `.`, classes (`[a-z_-]`, `[^,]`, `\d\w\s` and their
//! negations), groups (`(...)`, `(?:...)`), alternation and the quantifiers
//! `* + ? {n} {n,} {n,m}` (lazy ones too). Anything else (lookaround,
//! backreferences, anchors inside the pattern, Unicode classes) is refused
//! with [`Unsupported`], and callers fall back to the spec's example.

use std::cell::Cell;
use std::fmt;

/// A pattern the engine does not understand.
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
    node: Node,
    start: bool,
    end: bool,
}

#[derive(Debug, Clone)]
enum Node {
    Char(char),
    Class(Class),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
    },
}

/// A set of characters: ranges, possibly negated.
#[derive(Debug, Clone)]
struct Class {
    negated: bool,
    ranges: Vec<(char, char)>,
}

impl Class {
    fn contains(&self, c: char) -> bool {
        self.ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) != self.negated
    }

    /// The `n`th (cyclically) of the pleasant characters in the class, else
    /// the first character of a range.
    fn pick(&self, n: usize) -> Option<char> {
        const NICE: &str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-.";
        let nice: Vec<char> = NICE.chars().filter(|c| self.contains(*c)).collect();
        if !nice.is_empty() {
            return Some(nice[n % nice.len()]);
        }
        if self.negated {
            return (' '..='~').find(|c| self.contains(*c));
        }
        self.ranges.first().map(|(lo, _)| *lo)
    }
}

const DIGIT: &[(char, char)] = &[('0', '9')];
const WORD: &[(char, char)] = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];
const SPACE: &[(char, char)] = &[
    ('\t', '\r'),
    (' ', ' '),
    ('\u{a0}', '\u{a0}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{feff}', '\u{feff}'),
];
/// `.`: anything but line terminators.
const ANY: &[(char, char)] = &[('\n', '\n'), ('\r', '\r'), ('\u{2028}', '\u{2029}')];

impl Pattern {
    /// Parses an ECMAScript pattern.
    pub fn parse(pattern: &str) -> Result<Self, Unsupported> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut parser = Parser {
            chars: &chars,
            pos: 0,
            end: false,
        };
        let start = parser.eat('^');
        let node = parser.alternation()?;
        if parser.pos < chars.len() {
            return Err(Unsupported(format!(
                "unexpected `{}` at {}",
                chars[parser.pos], parser.pos
            )));
        }
        let end = parser.end;
        // `^a|b` anchors only its first alternative: not worth supporting.
        if (start || end) && matches!(node, Node::Alt(_)) {
            return Err(Unsupported(
                "an anchor next to a top-level alternation".to_owned(),
            ));
        }
        Ok(Self { node, start, end })
    }

    /// Whether `text` matches (searched for, unless anchored).
    pub fn is_match(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let starts: Vec<usize> = if self.start {
            vec![0]
        } else {
            (0..=chars.len()).collect()
        };
        let budget = Cell::new(MATCH_BUDGET);
        starts.into_iter().any(|s| {
            matches(&self.node, &chars, s, &budget, &mut |end| {
                !self.end || end == chars.len()
            })
        })
    }

    /// A string of `min_len..=max_len` characters that matches, when one
    /// can be found by repeating the first open-ended quantifier.
    pub fn generate(&self, min_len: usize, max_len: Option<usize>) -> Option<String> {
        let limit = max_len.unwrap_or(usize::MAX);
        for extra in 0..=min_len.max(1) + 64 {
            let mut out = String::new();
            let mut extra_left = Some(extra);
            generate(&self.node, &mut out, &mut extra_left, &mut 0);
            let len = out.chars().count();
            if len >= min_len && len <= limit && self.is_match(&out) {
                return Some(out);
            }
            if len > limit {
                break;
            }
        }
        None
    }
}

/// How many steps a match may take before it gives up (and fails).
const MATCH_BUDGET: usize = 200_000;

struct Parser<'c> {
    chars: &'c [char],
    pos: usize,
    /// The pattern ended with the `$` anchor.
    end: bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn alternation(&mut self) -> Result<Node, Unsupported> {
        let mut alternatives = vec![self.concat()?];
        while self.eat('|') {
            alternatives.push(self.concat()?);
        }
        Ok(if alternatives.len() == 1 {
            alternatives.pop().unwrap_or(Node::Concat(Vec::new()))
        } else {
            Node::Alt(alternatives)
        })
    }

    fn concat(&mut self) -> Result<Node, Unsupported> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            if c == '$' {
                // Only as the very last character (checked by the caller).
                if self.pos + 1 == self.chars.len() {
                    self.pos += 1;
                    self.end = true;
                    break;
                }
                return Err(Unsupported("`$` inside the pattern".to_owned()));
            }
            let atom = self.atom()?;
            items.push(self.quantifier(atom)?);
        }
        Ok(Node::Concat(items))
    }

    fn atom(&mut self) -> Result<Node, Unsupported> {
        let Some(c) = self.peek() else {
            return Err(Unsupported("unexpected end".to_owned()));
        };
        self.pos += 1;
        match c {
            '(' => {
                if self.eat('?') && !self.eat(':') {
                    return Err(Unsupported(
                        "lookaround and named groups are not supported".to_owned(),
                    ));
                }
                let inner = self.alternation()?;
                if !self.eat(')') {
                    return Err(Unsupported("unclosed group".to_owned()));
                }
                Ok(inner)
            }
            '[' => self.class().map(Node::Class),
            '.' => Ok(Node::Class(Class {
                negated: true,
                ranges: ANY.to_vec(),
            })),
            '\\' => self.escape(false).map(|e| match e {
                Escape::Char(c) => Node::Char(c),
                Escape::Class(class) => Node::Class(class),
            }),
            '^' => Err(Unsupported("`^` inside the pattern".to_owned())),
            '*' | '+' | '?' | '{' => Err(Unsupported(format!("nothing to repeat before `{c}`"))),
            c => Ok(Node::Char(c)),
        }
    }

    fn escape(&mut self, in_class: bool) -> Result<Escape, Unsupported> {
        let Some(c) = self.peek() else {
            return Err(Unsupported("trailing `\\`".to_owned()));
        };
        self.pos += 1;
        let class = |ranges: &[(char, char)], negated: bool| {
            Ok(Escape::Class(Class {
                negated,
                ranges: ranges.to_vec(),
            }))
        };
        match c {
            'd' => class(DIGIT, false),
            'D' => class(DIGIT, true),
            'w' => class(WORD, false),
            'W' => class(WORD, true),
            's' => class(SPACE, false),
            'S' => class(SPACE, true),
            't' => Ok(Escape::Char('\t')),
            'n' => Ok(Escape::Char('\n')),
            'r' => Ok(Escape::Char('\r')),
            'f' => Ok(Escape::Char('\u{c}')),
            'v' => Ok(Escape::Char('\u{b}')),
            '0' => Ok(Escape::Char('\0')),
            'b' if in_class => Ok(Escape::Char('\u{8}')),
            c if c.is_ascii_alphanumeric() => Err(Unsupported(format!("escape `\\{c}`"))),
            c => Ok(Escape::Char(c)),
        }
    }

    fn class(&mut self) -> Result<Class, Unsupported> {
        let negated = self.eat('^');
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return Err(Unsupported("unclosed class".to_owned()));
            };
            if c == ']' && !first {
                self.pos += 1;
                break;
            }
            if c == ']' {
                // `[]` matches nothing in ECMAScript; not worth supporting.
                return Err(Unsupported("empty class".to_owned()));
            }
            first = false;
            self.pos += 1;
            let lo = if c == '\\' {
                match self.escape(true)? {
                    Escape::Char(c) => c,
                    Escape::Class(class) if !class.negated => {
                        ranges.extend(class.ranges);
                        continue;
                    }
                    Escape::Class(_) => {
                        return Err(Unsupported("negated escape inside a class".to_owned()))
                    }
                }
            } else {
                c
            };
            // A range `lo-hi`, unless the `-` is last.
            if self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|c| *c != ']') {
                self.pos += 1;
                let Some(h) = self.peek() else {
                    return Err(Unsupported("unclosed class".to_owned()));
                };
                self.pos += 1;
                let hi = if h == '\\' {
                    match self.escape(true)? {
                        Escape::Char(c) => c,
                        Escape::Class(_) => {
                            return Err(Unsupported("class escape as a range end".to_owned()))
                        }
                    }
                } else {
                    h
                };
                if hi < lo {
                    return Err(Unsupported(format!("range `{lo}-{hi}` out of order")));
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
        Ok(Class { negated, ranges })
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        self.chars[start..self.pos]
            .iter()
            .collect::<String>()
            .parse()
            .ok()
    }

    fn quantifier(&mut self, atom: Node) -> Result<Node, Unsupported> {
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                let save = self.pos;
                self.pos += 1;
                let Some(min) = self.number() else {
                    // A literal `{` in ECMAScript's annex B; refuse it.
                    self.pos = save;
                    return Err(Unsupported("a `{` that is not a quantifier".to_owned()));
                };
                let max = if self.eat(',') {
                    if self.peek() == Some('}') {
                        None
                    } else {
                        Some(
                            self.number()
                                .ok_or_else(|| Unsupported("bad `{n,m}`".to_owned()))?,
                        )
                    }
                } else {
                    Some(min)
                };
                if self.peek() != Some('}') {
                    return Err(Unsupported("bad `{n,m}`".to_owned()));
                }
                if max.is_some_and(|m| m < min) {
                    return Err(Unsupported("`{n,m}` with m < n".to_owned()));
                }
                (min, max)
            }
            _ => return Ok(atom),
        };
        self.pos += 1;
        // Lazy quantifiers match the same strings.
        self.eat('?');
        if matches!(self.peek(), Some('*' | '+' | '?' | '{')) {
            return Err(Unsupported("a quantifier after a quantifier".to_owned()));
        }
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
        })
    }
}

enum Escape {
    Char(char),
    Class(Class),
}

/// Backtracking match of `node` at `pos`; `k` is called with each end
/// position and says whether the rest matched. `budget` bounds the work.
fn matches(
    node: &Node,
    text: &[char],
    pos: usize,
    budget: &Cell<usize>,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if budget.get() == 0 {
        return false;
    }
    budget.set(budget.get() - 1);
    match node {
        Node::Char(c) => text.get(pos) == Some(c) && k(pos + 1),
        Node::Class(class) => text.get(pos).is_some_and(|c| class.contains(*c)) && k(pos + 1),
        Node::Concat(items) => concat(items, text, pos, budget, k),
        Node::Alt(alternatives) => alternatives
            .iter()
            .any(|a| matches(a, text, pos, budget, &mut *k)),
        Node::Repeat { node, min, max } => repeat(node, (*min, *max), 0, text, pos, budget, k),
    }
}

fn concat(
    items: &[Node],
    text: &[char],
    pos: usize,
    budget: &Cell<usize>,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    match items.split_first() {
        None => k(pos),
        Some((first, rest)) => matches(first, text, pos, budget, &mut |next| {
            concat(rest, text, next, budget, &mut *k)
        }),
    }
}

fn repeat(
    node: &Node,
    (min, max): (u32, Option<u32>),
    count: u32,
    text: &[char],
    pos: usize,
    budget: &Cell<usize>,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if budget.get() == 0 {
        return false;
    }
    budget.set(budget.get() - 1);
    let more = max.is_none_or(|m| count < m);
    // Greedy: one more repetition first (it must consume something once
    // the minimum is met, or an empty match would loop), then stop.
    if more
        && matches(node, text, pos, budget, &mut |next| {
            (next > pos || count < min)
                && repeat(node, (min, max), count + 1, text, next, budget, &mut *k)
        })
    {
        return true;
    }
    count >= min && k(pos)
}

/// Appends the shortest string `node` matches, except that the first
/// open-ended (or ranged) repetition repeats `extra` more times.
fn generate(node: &Node, out: &mut String, extra: &mut Option<usize>, n: &mut usize) {
    match node {
        Node::Char(c) => out.push(*c),
        Node::Class(class) => {
            if let Some(c) = class.pick(*n) {
                out.push(c);
                *n += 1;
            }
        }
        Node::Concat(items) => {
            for item in items {
                generate(item, out, extra, n);
            }
        }
        Node::Alt(alternatives) => {
            if let Some(first) = alternatives.first() {
                generate(first, out, extra, n);
            }
        }
        Node::Repeat { node, min, max } => {
            let mut times = *min as usize;
            if max.is_none_or(|m| m > *min) {
                if let Some(more) = extra.take() {
                    let room = max.map_or(usize::MAX, |m| (m - min) as usize);
                    times += more.min(room);
                }
            }
            for _ in 0..times {
                generate(node, out, extra, n);
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
            ("^[A-Za-z0-9_-]+$", "hello-world", true),
            ("^\\d+$", "20250312000000", true),
            ("^\\d+$", "2025a", false),
            ("^[A-Za-z][A-Za-z0-9_-]*$", "hello-world", true),
            ("^[A-Za-z][A-Za-z0-9_-]*$", "1hello", false),
            ("^[a-z_][a-z0-9_]+$", "my_role", true),
            ("^[^,]+$", "a b", true),
            ("^[^,]+$", "a,b", false),
            (
                "^(-?[0-9]+(?:\\.[0-9]+)?)(us|ms|s|min|h|d)?$",
                "1.5min",
                true,
            ),
            ("^(-?[0-9]+(?:\\.[0-9]+)?)(us|ms|s|min|h|d)?$", "-20", true),
            ("^(-?[0-9]+(?:\\.[0-9]+)?)(us|ms|s|min|h|d)?$", "5 s", false),
            ("^([0-9]{1,15}=[0-9]+,?)*$", "1=2,3=4", true),
            ("^([0-9]{1,15}=[0-9]+,?)*$", "", true),
            ("^([0-9]{1,15}=[0-9]+,?)*$", "1=", false),
            (
                "^\\s*([a-zA-Z0-9_-]+(\\s*,+\\s*)?)*\\s*$",
                " public, auth ",
                true,
            ),
            ("^\\s*([a-zA-Z0-9_-]+(\\s*,+\\s*)?)*\\s*$", "a;b", false),
            // Unanchored patterns are searched for.
            ("[0-9]", "abc1", true),
            ("b", "abc", true),
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
            p("^[a-z]+$").generate(20, Some(20)).as_deref(),
            Some("abcdefghijklmnopqrst")
        );
        assert_eq!(p("^\\d+$").generate(0, None).as_deref(), Some("0"));
        assert_eq!(
            p("^[A-Za-z][A-Za-z0-9_-]*$").generate(3, None).as_deref(),
            Some("abc")
        );
        for pattern in [
            "^[\\w-]+$",
            "^[^,]+$",
            "^(-?[0-9]+(?:\\.[0-9]+)?)(us|ms|s|min|h|d)?$",
            "^([0-9]{1,15}=[0-9]+,?)*$",
            "^\\s*([a-zA-Z0-9_-]+(\\s*,+\\s*)?)*\\s*$",
            "^[a-z_][a-z0-9_]+$",
        ] {
            let text = p(pattern).generate(1, Some(40)).unwrap();
            assert!(p(pattern).is_match(&text), "{pattern}: {text:?}");
            assert!(!text.is_empty(), "{pattern}");
        }
        assert_eq!(p("^[a-z]{2}$").generate(3, None), None);
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        for pattern in [
            "^(?!SUPABASE_).*",
            "(a)\\1",
            "a^b",
            "a$b",
            "\\p{L}",
            "[]",
            "x{",
            "^a|b",
            "(a$)",
        ] {
            assert!(Pattern::parse(pattern).is_err(), "{pattern}");
        }
    }
}
