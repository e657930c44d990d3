//! Spelling out punctuation, for enum values that differ only in it.

/// Character ranges that read better as one word, for values that list
/// character classes.
const RANGES: &[(&str, &str)] = &[
    ("abcdefghijklmnopqrstuvwxyz", "Lower"),
    ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Upper"),
    ("0123456789", "Digits"),
];

/// Runs of this many punctuation characters or more read as `Symbols`.
const SYMBOL_RUN: usize = 4;

/// Spells out punctuation so that enum values differing only in punctuation
/// (`a-b` and `a_b`) get distinct variant names: `a-b` -> `a Dash b`. Whole
/// alphabets and digit ranges become `Lower`, `Upper` and `Digits`, and long
/// runs of punctuation `Symbols`, so the names stay readable.
pub fn spell_punctuation(raw: &str) -> String {
    // A word break that is not a character of the value.
    const BREAK: char = '\u{1}';
    let mut compact = raw.to_owned();
    for (range, word) in RANGES {
        compact = compact.replace(range, &format!("{BREAK}{word}{BREAK}"));
    }
    let chars: Vec<char> = compact.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let run = chars[i..]
            .iter()
            .take_while(|c| !c.is_ascii_alphanumeric() && **c != BREAK)
            .count();
        if run >= SYMBOL_RUN {
            out.push_str(" Symbols ");
            i += run;
            continue;
        }
        i += 1;
        if c.is_ascii_alphanumeric() {
            out.push(c);
            continue;
        }
        if c == BREAK {
            out.push(' ');
            continue;
        }
        out.push(' ');
        out.push_str(punctuation_word(c));
        out.push(' ');
    }
    out
}

/// The word for one punctuation character.
fn punctuation_word(c: char) -> &'static str {
    match c {
        ' ' => "Space",
        '-' => "Dash",
        '_' => "Underscore",
        '.' => "Dot",
        ',' => "Comma",
        ':' => "Colon",
        ';' => "Semicolon",
        '!' => "Bang",
        '?' => "Question",
        '@' => "At",
        '#' => "Hash",
        '$' => "Dollar",
        '%' => "Percent",
        '^' => "Caret",
        '&' => "Amp",
        '*' => "Star",
        '(' | ')' => "Paren",
        '[' | ']' => "Bracket",
        '{' | '}' => "Brace",
        '<' => "Lt",
        '>' => "Gt",
        '=' => "Eq",
        '+' => "Plus",
        '/' => "Slash",
        '\\' => "Backslash",
        '|' => "Pipe",
        '~' => "Tilde",
        '`' => "Backtick",
        '\'' => "Quote",
        '"' => "DoubleQuote",
        _ => "Char",
    }
}
