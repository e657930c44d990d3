//! The committed generated files are exactly what the generator makes from
//! the pinned spec (the same check as `cargo xtask check`), and they read
//! within 100 columns.

#[test]
fn committed_generated_files_are_up_to_date() {
    let ws = xtask::Workspace::current();
    match xtask::check::check(&ws) {
        Ok(files) => assert!(files > 0, "the generator produced no files"),
        Err(error) => panic!("{error:#}"),
    }
}

/// No committed generated line is over 100 columns, but for the doc lines
/// that no break can shorten (see `generator::format::overlong_lines`).
#[test]
fn committed_generated_lines_fit_in_100_columns() {
    fn walk(dir: &std::path::Path, long: &mut Vec<String>) -> usize {
        let mut files = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files += walk(&path, long);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files += 1;
                let text = std::fs::read_to_string(&path).unwrap();
                for (number, line) in generator::format::overlong_lines(&text) {
                    long.push(format!("{}:{number}: {line}", path.display()));
                }
            }
        }
        files
    }
    let mut long = Vec::new();
    let files = walk(&xtask::Workspace::current().generated_dir(), &mut long);
    assert!(files > 0, "no generated files: run `cargo xtask generate`");
    assert!(
        long.is_empty(),
        "lines over 100 columns:\n{}",
        long.join("\n")
    );
}
