//! The `param_styles` fixture's client on the wire: each cell of the Style
//! Examples table of the OpenAPI specification (path: simple, label,
//! matrix; query: form, spaceDelimited, pipeDelimited, deepObject; header:
//! simple; cookie: form; with and without `explode`), `allowReserved`, a
//! parameter given as JSON `content`, form bodies with nested values and an
//! `encoding`, and a multipart body with parts of every kind, each checked
//! as the exact request the server receives.
//!
//! The table's object is `{"R": 100, "G": 200, "B": 150}`; a generated
//! struct writes its fields in wire-name order, so the object's entries
//! arrive as `B`, `G`, `R` here (the runtime's unit tests check the table's
//! own order). Parameters in a location's default style are written as
//! before (form-urlencoded pairs) and come first in the query, then those
//! the runtime writes in their style.

use fixture_compile::param_styles::types::{
    Nested, NestedRange, QueryDeepCreated, Rgb, Submission, SubmissionAddress, UploadMergedBody,
    UploadPartsBody,
};
use fixture_compile::param_styles::Client;
use fixture_compile::{Error, FilePart};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn client(uri: &str) -> Client {
    Client::builder_without_auth()
        .base_url(uri)
        .allow_insecure_http(true)
        .build()
        .unwrap()
}

fn colors() -> Vec<String> {
    ["blue", "black", "brown"].map(String::from).to_vec()
}

fn rgb() -> Rgb {
    Rgb::new(150, 200, 100)
}

/// A server that answers every request with 204, and a client of it.
async fn start() -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    (server, client)
}

/// The one request the server received.
async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1, "{requests:?}");
    requests.remove(0)
}

fn header<'r>(request: &'r Request, name: &str) -> Vec<&'r str> {
    request
        .headers
        .get_all(name)
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect()
}

#[tokio::test]
async fn path_styles_are_the_tables() {
    let cases: [(&str, &str); 3] = [
        (
            "simple",
            "/simple/blue/blue,black,brown/B,150,G,200,R,100/blue,black,brown/B=150,G=200,R=100",
        ),
        (
            "label",
            "/label/.blue/.blue,black,brown/.B,150,G,200,R,100/.blue.black.brown/.B=150.G=200.R=100",
        ),
        (
            "matrix",
            "/matrix/;s=blue/;a=blue,black,brown/;o=B,150,G,200,R,100/;ae=blue;ae=black;ae=brown/;B=150;G=200;R=100",
        ),
    ];
    for (style, expected) in cases {
        let (server, client) = start().await;
        let call = match style {
            "simple" => {
                client
                    .path_simple("blue", colors(), rgb(), colors(), rgb())
                    .send_raw()
                    .await
            }
            "label" => {
                client
                    .path_label("blue", colors(), rgb(), colors(), rgb())
                    .send_raw()
                    .await
            }
            _ => {
                client
                    .path_matrix("blue", colors(), rgb(), colors(), rgb())
                    .send_raw()
                    .await
            }
        };
        call.unwrap();
        let request = only_request(&server).await;
        assert_eq!(request.url.path(), expected, "{style}");
        assert_eq!(request.url.query(), None, "{style}");
    }
}

#[tokio::test]
async fn a_string_union_path_parameter_is_its_text() {
    let (server, client) = start().await;
    client.get_disk("my disk").await.unwrap();
    assert_eq!(only_request(&server).await.url.path(), "/disks/my%20disk");
}

#[tokio::test]
async fn query_form_is_the_tables() {
    let (server, client) = start().await;
    client
        .query_form()
        .s("blue")
        .a(colors())
        .o(rgb())
        .ae(colors())
        .oe(rgb())
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/form");
    assert_eq!(
        request.url.query(),
        Some(
            "ae=blue&ae=black&ae=brown&s=blue\
             &a=blue,black,brown&o=B,150,G,200,R,100&B=150&G=200&R=100"
        )
    );
}

#[tokio::test]
async fn an_empty_string_in_form_style_is_the_tables_empty_cell() {
    let (server, client) = start().await;
    client.query_form().s("").await.unwrap();
    assert_eq!(only_request(&server).await.url.query(), Some("s="));
}

#[tokio::test]
async fn query_delimited_styles_are_the_tables() {
    let (server, client) = start().await;
    client
        .query_delimited()
        .sa(colors())
        .so(rgb())
        .pa(colors())
        .po(rgb())
        .await
        .unwrap();
    assert_eq!(
        only_request(&server).await.url.query(),
        Some(
            "pa=blue%7Cblack%7Cbrown&po=B%7C150%7CG%7C200%7CR%7C100\
             &sa=blue%20black%20brown&so=B%20150%20G%20200%20R%20100"
        )
    );
}

#[tokio::test]
async fn query_deep_object_is_the_tables() {
    let (server, client) = start().await;
    let mut created = QueryDeepCreated::default();
    created.gt = Some(1);
    client
        .query_deep()
        .color(rgb())
        .created(created)
        .await
        .unwrap();
    assert_eq!(
        only_request(&server).await.url.query(),
        Some("color%5BB%5D=150&color%5BG%5D=200&color%5BR%5D=100&created%5Bgt%5D=1")
    );
}

#[tokio::test]
async fn reserved_characters_are_encoded_unless_allowed_and_json_content_is_json_text() {
    let (server, client) = start().await;
    client
        .query_reserved()
        .plain("a/b?c=d,e")
        .kept("a/b?c=d,e")
        .filter(rgb())
        .await
        .unwrap();
    assert_eq!(
        only_request(&server).await.url.query(),
        Some(
            "plain=a%2Fb%3Fc%3Dd%2Ce\
             &filter=%7B%22B%22%3A150%2C%22G%22%3A200%2C%22R%22%3A100%7D\
             &kept=a/b?c=d,e"
        )
    );
}

#[tokio::test]
async fn header_simple_is_the_tables() {
    let (server, client) = start().await;
    client
        .send_headers()
        .x_string("blue")
        .x_array(colors())
        .x_object(rgb())
        .x_array_exploded(colors())
        .x_object_exploded(rgb())
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(header(&request, "X-String"), ["blue"]);
    assert_eq!(header(&request, "X-Array"), ["blue,black,brown"]);
    assert_eq!(header(&request, "X-Object"), ["B,150,G,200,R,100"]);
    assert_eq!(header(&request, "X-Array-Exploded"), ["blue,black,brown"]);
    assert_eq!(header(&request, "X-Object-Exploded"), ["B=150,G=200,R=100"]);
}

#[tokio::test]
async fn cookie_form_is_one_cookie_header() {
    let (server, client) = start().await;
    client
        .send_cookies("s 1")
        .a(colors())
        .o(rgb())
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        header(&request, "Cookie"),
        ["a=blue,black,brown; B=150; G=200; R=100; session=s%201"]
    );

    let (server, client) = start().await;
    client.send_cookies("abc").await.unwrap();
    assert_eq!(
        header(&only_request(&server).await, "Cookie"),
        ["session=abc"]
    );
}

#[tokio::test]
async fn what_the_table_leaves_out_is_sent_as_the_diagnostics_say() {
    let (server, client) = start().await;
    let mut range = NestedRange::default();
    range.gt = Some(1);
    let mut nested = Nested::default();
    nested.range = Some(range);
    client
        .unexpressible()
        .deep_array(colors())
        .nested(nested)
        .spaced(rgb())
        .wrong(colors())
        .x_wrong(colors())
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        request.url.query(),
        Some(
            "deep_array=blue&deep_array=black&deep_array=brown\
             &nested%5Brange%5D%5Bgt%5D=1&B=150&G=200&R=100&wrong=blue,black,brown"
        )
    );
    // Styles the location does not allow: its default instead.
    assert_eq!(header(&request, "X-Wrong"), ["blue,black,brown"]);

    // An array of arrays in non-exploded form: an encoding error, nothing sent.
    let (server, client) = start().await;
    let error = client
        .unexpressible()
        .grid(vec![colors()])
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Encode(m) if m.contains("`grid`")),
        "{error:?}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

fn submission() -> Submission {
    let mut body = Submission::new("a b");
    body.tags = Some(vec!["x".into(), "y&z".into()]);
    body.ids = Some(vec![1, 2]);
    body.meta = Some([("k".to_owned(), "v".to_owned())].into());
    let mut address = SubmissionAddress::default();
    address.city = Some("Oslo".into());
    body.address = Some(address);
    body
}

#[tokio::test]
async fn a_form_body_explodes_arrays_and_brackets_objects() {
    let (server, client) = start().await;
    client.submit_form(submission()).await.unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        header(&request, "Content-Type"),
        ["application/x-www-form-urlencoded"]
    );
    assert_eq!(
        std::str::from_utf8(&request.body).unwrap(),
        "address%5Bcity%5D=Oslo&ids=1&ids=2&meta%5Bk%5D=v&name=a+b&tags=x&tags=y%26z"
    );
}

#[tokio::test]
async fn a_form_body_follows_its_encoding() {
    let (server, client) = start().await;
    client.submit_styled_form(submission()).await.unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        std::str::from_utf8(&request.body).unwrap(),
        "address%5Bcity%5D=Oslo&ids=1%2C2&meta%5Bk%5D=v&name=a+b&tags=x%7Cy%26z"
    );
}

/// The parts of a `multipart/form-data` body: name, content type, data.
fn multipart_parts(request: &Request) -> Vec<(String, Option<String>, String)> {
    let content_type = header(request, "Content-Type")[0];
    let boundary = content_type
        .split_once("boundary=")
        .expect("a multipart content type")
        .1;
    let body = std::str::from_utf8(&request.body).unwrap();
    let delimiter = format!("--{boundary}");
    body.split(delimiter.as_str())
        .skip(1)
        .filter(|part| !part.starts_with("--"))
        .map(|part| {
            let (head, data) = part.split_once("\r\n\r\n").unwrap();
            // Header names in any case.
            let field = |prefix: &str| {
                head.lines().find_map(|l| {
                    let (name, value) = l.split_once(": ")?;
                    (format!("{}: ", name.to_ascii_lowercase()) == prefix).then(|| value.to_owned())
                })
            };
            let disposition = field("content-disposition: ").unwrap();
            let name = disposition
                .split("name=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap()
                .to_owned();
            let data = data.strip_suffix("\r\n").unwrap_or(data).to_owned();
            (name, field("content-type: "), data)
        })
        .collect()
}

#[tokio::test]
async fn a_multipart_body_of_all_of_objects_has_every_objects_parts() {
    let (server, client) = start().await;
    let mut body = UploadMergedBody::new(FilePart::new("PDF").file_name("a.pdf"), "hello");
    body.size = Some(3);
    client.upload_merged(body).await.unwrap();
    let parts = multipart_parts(&only_request(&server).await);
    let names_and_data: Vec<(&str, &str)> = parts
        .iter()
        .map(|(name, _, data)| (name.as_str(), data.as_str()))
        .collect();
    assert_eq!(
        names_and_data,
        [("file", "PDF"), ("note", "hello"), ("size", "3")]
    );
    // Text parts carry no content type of their own.
    assert_eq!(parts[1].1, None);
    assert_eq!(parts[2].1, None);
}

#[tokio::test]
async fn multipart_parts_are_written_by_their_schema_and_encoding() {
    let (server, client) = start().await;
    let mut body = UploadPartsBody::new(FilePart::new("PNG").file_name("a.png"));
    body.count = Some(3);
    body.flags = Some(vec![true, false]);
    body.labels = Some(vec!["x".into(), "y z".into()]);
    body.meta = Some(rgb());
    body.points = Some(vec![rgb(), Rgb::new(1, 2, 3)]);
    body.table = Some("a,b\n1,2".into());
    body.ids = Some(vec![1, 2]);
    client.upload_parts(body).await.unwrap();
    let parts = multipart_parts(&only_request(&server).await);
    let json = Some("application/json".to_owned());
    let part = |name: &str, content_type: Option<String>, data: &str| {
        (name.to_owned(), content_type, data.to_owned())
    };
    assert_eq!(
        parts,
        [
            part("count", None, "3"),
            part("file", Some("image/png".to_owned()), "PNG"),
            part("flags", None, "true"),
            part("flags", None, "false"),
            part("ids", json.clone(), "[1,2]"),
            part("labels", None, "x"),
            part("labels", None, "y z"),
            part("meta", json.clone(), r#"{"B":150,"G":200,"R":100}"#),
            part("points", json.clone(), r#"{"B":150,"G":200,"R":100}"#),
            part("points", json.clone(), r#"{"B":1,"G":2,"R":3}"#),
            part("table", Some("text/csv".to_owned()), "a,b\n1,2"),
        ]
    );
}
