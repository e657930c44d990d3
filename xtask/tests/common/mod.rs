//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::thread::JoinHandle;

/// A small OpenAPI 3.0 document with one server, two operations and two schemas.
pub const PETSTORE_JSON: &str = r##"{
  "openapi": "3.0.3",
  "info": { "title": "Pet Store", "version": "1.2.3", "description": "Pets, for tests." },
  "servers": [ { "url": "https://pets.example.com" } ],
  "paths": {
    "/pets": {
      "get": {
        "operationId": "list-pets",
        "parameters": [ { "name": "limit", "in": "query", "schema": { "type": "integer" } } ],
        "responses": { "200": { "description": "ok", "content": { "application/json": {
          "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Pet" } } } } } }
      },
      "post": {
        "operationId": "create-pet",
        "requestBody": { "required": true, "content": { "application/json": {
          "schema": { "$ref": "#/components/schemas/NewPet" } } } },
        "responses": { "201": { "description": "created", "content": { "application/json": {
          "schema": { "$ref": "#/components/schemas/Pet" } } } } }
      }
    }
  },
  "components": { "schemas": {
    "Pet": { "type": "object", "required": ["id", "name"], "properties": {
      "id": { "type": "integer", "format": "int64" }, "name": { "type": "string" } } },
    "NewPet": { "type": "object", "required": ["name"], "properties": {
      "name": { "type": "string" }, "tag": { "type": "string", "nullable": true } } }
  } }
}
"##;

/// An HTTP server on the loopback interface answering `responses` in turn,
/// one per connection, then stopping.
pub struct Server {
    /// `http://127.0.0.1:PORT`
    pub base: String,
    thread: Option<JoinHandle<Vec<String>>>,
}

impl Server {
    /// Starts serving `(status line, body)` pairs.
    pub fn start(responses: Vec<(&'static str, Vec<u8>)>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let thread = std::thread::spawn(move || {
            let mut requests = Vec::new();
            for (status, body) in responses {
                let Ok((mut stream, _)) = listener.accept() else {
                    break;
                };
                let mut request = Vec::new();
                let mut buffer = [0u8; 1024];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buffer) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => request.extend_from_slice(&buffer[..n]),
                    }
                }
                let head = format!(
                    "HTTP/1.1 {status}\r\nContent-Length: {}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
                let text = String::from_utf8_lossy(&request);
                requests.push(text.lines().next().unwrap_or_default().to_owned());
            }
            requests
        });
        Self {
            base,
            thread: Some(thread),
        }
    }

    /// The request lines received, once every response was served.
    pub fn finish(mut self) -> Vec<String> {
        self.thread
            .take()
            .map(|t| t.join().expect("server thread"))
            .unwrap_or_default()
    }
}

/// Writes `contents` to `path`, creating directories.
pub fn write(path: &Path, contents: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, contents).unwrap();
}
