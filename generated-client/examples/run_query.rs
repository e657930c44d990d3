//! Runs a SQL query against a project's database and prints the rows.
//!
//! ```sh
//! SUPABASE_ACCESS_TOKEN=sbp_... cargo run --example run_query -- <project-ref> "select now()"
//! ```

use std::time::Duration;

use supabase_management_api::types::V1RunQueryBody;
use supabase_management_api::Client;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("SUPABASE_ACCESS_TOKEN")?;
    let mut args = std::env::args().skip(1);
    let project_ref = args.next().ok_or("usage: run_query <project-ref> <sql>")?;
    let query = args.next().unwrap_or_else(|| "select now()".to_owned());
    let client = Client::new(token)?;

    // Generated structs are `#[non_exhaustive]`, so a field the API adds
    // later breaks no code: `new` takes the required fields, and optional
    // ones are assigned.
    let mut body = V1RunQueryBody::new(query);
    body.read_only = Some(true);
    // The spec gives the result no schema, so read the raw response: turn a
    // non-2xx status into an error, then decode the rows as JSON. A long
    // query gets more than the default 60 s for its one attempt.
    let rows: Vec<serde_json::Value> = client
        .run_a_query(project_ref, body)
        .attempt_timeout(Duration::from_secs(120))
        .send_raw()
        .await?
        .error_for_status()?
        .json()?;

    for row in &rows {
        println!("{row}");
    }
    println!("{} row(s)", rows.len());
    Ok(())
}
