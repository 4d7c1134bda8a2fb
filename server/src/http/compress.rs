//! Response compression negotiated on `Accept-Encoding`.
//!
//! warp's own compression filters ignore what the client accepts (warp #558, #768), so
//! Ponte picks the encoding itself: brotli, then gzip, else none.

use std::io::Write;

use warp::reply::Response;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    pub fn header(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }
}

/// What the client accepts, from its `Accept-Encoding` header.
#[derive(Debug, Clone, Copy, Default)]
pub struct Accepts {
    pub brotli: bool,
    pub gzip: bool,
}

impl Accepts {
    pub fn parse(header: Option<&str>) -> Accepts {
        let mut a = Accepts::default();
        for part in header.unwrap_or("").split(',') {
            let mut it = part.split(';');
            let name = it.next().unwrap_or("").trim().to_ascii_lowercase();
            let refused = it.any(|p| {
                let p = p.trim().replace(' ', "");
                p == "q=0" || p == "q=0.0" || p == "q=0.00" || p == "q=0.000"
            });
            if refused {
                continue;
            }
            match name.as_str() {
                "br" => a.brotli = true,
                "gzip" => a.gzip = true,
                "*" => {
                    a.brotli = true;
                    a.gzip = true;
                }
                _ => {}
            }
        }
        a
    }
}

/// Quality presets: `Static` compresses once per asset, as small as possible;
/// `Dynamic` compresses per response, fast.
#[derive(Debug, Clone, Copy)]
pub enum Effort {
    Static,
    Dynamic,
}

pub fn compress(data: &[u8], encoding: Encoding, effort: Effort) -> Vec<u8> {
    match encoding {
        Encoding::Brotli => {
            let quality = match effort {
                Effort::Static => 11,
                Effort::Dynamic => 5,
            };
            let mut out = Vec::with_capacity(data.len() / 3);
            {
                let mut w = brotli::CompressorWriter::new(&mut out, 4096, quality, 22);
                // Writing to a Vec cannot fail.
                let _ = w.write_all(data);
            }
            out
        }
        Encoding::Gzip => {
            let level = match effort {
                Effort::Static => flate2::Compression::best(),
                Effort::Dynamic => flate2::Compression::new(5),
            };
            let mut w = flate2::write::GzEncoder::new(Vec::with_capacity(data.len() / 3), level);
            let _ = w.write_all(data);
            w.finish().unwrap_or_default()
        }
    }
}

/// JSON this size or larger is sent compressed when the client accepts it; below it,
/// the headers would cost more than they save.
pub const JSON_MIN: usize = 1024;

/// Any reply made per request as the client accepts it: JSON (and the server's own
/// HTML pages) of [`JSON_MIN`] bytes or more is compressed here, for every route at
/// once (a route cannot forget it). The app's files come compressed already.
pub async fn as_accepted(res: Response, accept_encoding: Option<&str>) -> Response {
    use http_body_util::BodyExt;
    use warp::http::{HeaderValue, header};
    let is_made_here = res.headers().get(header::CONTENT_TYPE).is_some_and(|t| {
        t.as_bytes().starts_with(b"application/json") || t.as_bytes().starts_with(b"text/html")
    });
    if !is_made_here || res.headers().contains_key(header::CONTENT_ENCODING) {
        return res;
    }
    let accepts = Accepts::parse(accept_encoding);
    let encoding = match () {
        _ if accepts.brotli => Encoding::Brotli,
        _ if accepts.gzip => Encoding::Gzip,
        _ => return res,
    };
    let (mut parts, body) = res.into_parts();
    let Ok(body) = body.collect().await.map(|c| c.to_bytes()) else {
        // Only in-memory JSON reaches here; an error cannot come from it.
        parts.status = warp::http::StatusCode::INTERNAL_SERVER_ERROR;
        return Response::from_parts(parts, Default::default());
    };
    if !parts.headers.contains_key(header::VARY) {
        parts
            .headers
            .insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    if body.len() < JSON_MIN {
        return Response::from_parts(parts, body.into());
    }
    let compressed = compress(&body, encoding, Effort::Dynamic);
    parts.headers.insert(
        header::CONTENT_ENCODING,
        HeaderValue::from_static(encoding.header()),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, compressed.into())
}

/// Content types worth compressing (fonts and images are compressed already).
pub fn is_compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || content_type.starts_with("application/json")
        || content_type.starts_with("application/javascript")
        || content_type.starts_with("application/wasm")
        || content_type.starts_with("application/manifest+json")
        || content_type.starts_with("image/svg+xml")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn negotiates_from_the_header() {
        let a = Accepts::parse(Some("gzip, deflate, br"));
        assert!(a.brotli && a.gzip);
        let a = Accepts::parse(Some("gzip;q=1.0, br;q=0"));
        assert!(!a.brotli && a.gzip);
        let a = Accepts::parse(None);
        assert!(!a.brotli && !a.gzip);
    }

    #[test]
    fn round_trips() {
        let data = "Punto Digitale Facile – Forlì ".repeat(100);
        let br = compress(data.as_bytes(), Encoding::Brotli, Effort::Dynamic);
        let mut back = Vec::new();
        brotli::Decompressor::new(br.as_slice(), 4096)
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, data.as_bytes());
        let gz = compress(data.as_bytes(), Encoding::Gzip, Effort::Static);
        let mut back = Vec::new();
        flate2::read::GzDecoder::new(gz.as_slice())
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, data.as_bytes());
        assert!(gz.len() < data.len() / 5);
    }
}
