//! The committed generated files are exactly what the generator makes from
//! the pinned spec (the same check as `cargo xtask check`).

#[test]
fn committed_generated_files_are_up_to_date() {
    let ws = xtask::Workspace::current();
    match xtask::check::check(&ws) {
        Ok(files) => assert!(files > 0, "the generator produced no files"),
        Err(error) => panic!("{error:#}"),
    }
}
