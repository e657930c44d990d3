//! The change report of an update, as Markdown.

use super::{Change, Changes};

/// The report of an update as Markdown: a heading, a summary and the
/// changes, breaking first.
pub fn report(title: &str, changes: &Changes, from_version: &str, to_version: &str) -> String {
    let c = &changes.counts;
    let breaking = changes.changes.iter().filter(|x| x.breaking).count();
    let mut out = format!("## {title}\n\n");
    out.push_str(&format!(
        "Crate version {from_version} -> {to_version}: {breaking} breaking and {} additive change(s).\n\n",
        changes.changes.len() - breaking
    ));
    out.push_str(&format!(
        "- Operations: {} added, {} removed, {} renamed, {} changed.\n- Types: {} added, {} removed, {} renamed, {} changed.\n",
        c.operations_added, c.operations_removed, c.operations_renamed, c.operations_changed,
        c.types_added, c.types_removed, c.types_renamed, c.types_changed
    ));
    for (heading, want) in [("Breaking", true), ("Additive", false)] {
        let items: Vec<&Change> = changes
            .changes
            .iter()
            .filter(|x| x.breaking == want)
            .collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!("\n### {heading}\n\n"));
        for item in items {
            out.push_str(&format!("- {}\n", item.text));
        }
    }
    out
}
