//! The built frontend (trunk's `dist/`), served from memory.
//!
//! Files are read once at start; brotli and gzip copies are made on a background thread
//! so that `/healthz` answers at once and the first phone still gets the small copy a
//! moment later. Hashed file names (`app-<hash>.wasm`) are cached for a year; everything
//! else revalidates with an ETag. Paths without a file extension get `index.html`, so
//! the app's own routes (`/c/TOS-001/poster`) load on a cold visit.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use warp::http::{Response, StatusCode, header};
use warp::hyper::body::Bytes;

use super::compress::{Accepts, Effort, Encoding, compress, is_compressible};

pub struct Asset {
    body: Bytes,
    content_type: &'static str,
    /// An HTML page's Content-Security-Policy, naming its own inline scripts.
    csp: Option<String>,
    etag: String,
    immutable: bool,
    brotli: OnceLock<Bytes>,
    gzip: OnceLock<Bytes>,
}

pub struct Assets {
    files: HashMap<String, Arc<Asset>>,
    dir: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum AssetsError {
    #[error("cannot read the built frontend in {dir}: {source} (run `trunk build --release`)")]
    Read {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error("{0} has no index.html (run `trunk build --release`)")]
    NoIndex(PathBuf),
}

/// The Content-Security-Policy of an HTML page: scripts only from this server and the
/// page's own inline scripts (trunk's wasm loader, the service worker's registration),
/// each named by its hash, so a script injected into the page would not run;
/// `wasm-unsafe-eval` lets the browser compile the app.
pub(crate) fn csp(html: &[u8]) -> String {
    use base64::Engine;
    let hashes: String = inline_scripts(html)
        .map(|script| {
            let digest = crate::secrets::sha256(script);
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
    )
}

/// Whether an `If-None-Match` header names `etag`: the phone's copy is current, and a
/// 304 of a few bytes does instead of the body.
pub(crate) fn etag_matches(if_none_match: Option<&str>, etag: &str) -> bool {
    if_none_match.is_some_and(|tags| tags.split(',').any(|t| t.trim() == etag))
}

/// The text of each `<script>` without a `src`, exactly as the browser hashes it.
fn inline_scripts(html: &[u8]) -> impl Iterator<Item = &[u8]> {
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let mut rest = html;
    std::iter::from_fn(move || {
        loop {
            let open = find(rest, b"<script")?;
            let tag_end = open + find(&rest[open..], b">")?;
            let tag = &rest[open..tag_end];
            let body_start = tag_end + 1;
            let close = body_start + find(&rest[body_start..], b"</script>")?;
            let body = &rest[body_start..close];
            rest = &rest[close..];
            if find(tag, b" src=").is_none() {
                return Some(body);
            }
        }
    })
}

impl Assets {
    pub fn load(dir: &Path) -> Result<Assets, AssetsError> {
        let mut files = HashMap::new();
        read_dir(dir, dir, &mut files).map_err(|source| AssetsError::Read {
            dir: dir.to_owned(),
            source,
        })?;
        if !files.contains_key("/index.html") {
            return Err(AssetsError::NoIndex(dir.to_owned()));
        }
        Ok(Assets {
            files,
            dir: dir.to_owned(),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The body of the one built file whose address fits `wanted` (the hashed names
    /// change with every build).
    pub fn find(&self, wanted: impl Fn(&str) -> bool) -> Option<Bytes> {
        self.files
            .iter()
            .find(|(path, _)| wanted(path))
            .map(|(_, a)| a.body.clone())
    }

    /// The address of the one built file that fits `wanted`.
    pub fn find_path(&self, wanted: impl Fn(&str) -> bool) -> Option<String> {
        self.files.keys().find(|path| wanted(path)).cloned()
    }

    /// Makes the compressed copies; run it off the request path.
    pub fn precompress(&self) {
        for asset in self.files.values() {
            if is_compressible(asset.content_type) && asset.body.len() > 512 {
                asset
                    .brotli
                    .get_or_init(|| compress(&asset.body, Encoding::Brotli, Effort::Static).into());
                asset
                    .gzip
                    .get_or_init(|| compress(&asset.body, Encoding::Gzip, Effort::Static).into());
            }
        }
    }

    /// The response for a GET or HEAD of `path`, or `None` when no file or app route fits.
    pub fn respond(
        &self,
        path: &str,
        accept_encoding: Option<&str>,
        if_none_match: Option<&str>,
    ) -> Option<Response<Bytes>> {
        let last = path.rsplit('/').next().unwrap_or("");
        let asset = match self.files.get(path) {
            Some(a) => a,
            None if !last.contains('.') => self.files.get(entry_point(path))?,
            None => return None,
        };
        let mut builder = Response::builder()
            .header(header::CONTENT_TYPE, asset.content_type)
            .header(header::ETAG, &asset.etag)
            .header(header::VARY, "Accept-Encoding")
            .header("x-content-type-options", "nosniff")
            .header(
                header::CACHE_CONTROL,
                if asset.immutable {
                    "public, max-age=31536000, immutable"
                } else {
                    "no-cache"
                },
            );
        if let Some(csp) = &asset.csp {
            builder = builder
                .header("content-security-policy", csp)
                .header("referrer-policy", "no-referrer");
        }
        if etag_matches(if_none_match, &asset.etag) {
            return builder
                .status(StatusCode::NOT_MODIFIED)
                .body(Bytes::new())
                .ok();
        }
        let accepts = Accepts::parse(accept_encoding);
        let (body, encoding) = match (asset.brotli.get(), asset.gzip.get()) {
            (Some(br), _) if accepts.brotli => (br.clone(), Some(Encoding::Brotli)),
            (_, Some(gz)) if accepts.gzip => (gz.clone(), Some(Encoding::Gzip)),
            _ => (asset.body.clone(), None),
        };
        if let Some(e) = encoding {
            builder = builder.header(header::CONTENT_ENCODING, e.header());
        }
        builder.body(body).ok()
    }
}

/// The app that serves an address: the citizen app (sign-up, pass, check-in) is a
/// separate bundle in `dist/citizen/`, the questions (surveys, reports) another in
/// `dist/questions/`, and so on; everything else is the visitor app.
fn entry_point(path: &str) -> &'static str {
    if ponte_domain::pages::is_citizen_page(path) {
        "/citizen/index.html"
    } else if ponte_domain::pages::is_questions_page(path) {
        "/questions/index.html"
    } else if ponte_domain::pages::is_staff_page(path) {
        "/staff/index.html"
    } else if ponte_domain::pages::is_kiosk_page(path) {
        "/kiosk/index.html"
    } else {
        "/index.html"
    }
}

fn read_dir(root: &Path, dir: &Path, out: &mut HashMap<String, Arc<Asset>>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            read_dir(root, &path, out)?;
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(&path);
        let url = format!("/{}", rel.to_string_lossy().replace('\\', "/"));
        let body = Bytes::from(std::fs::read(&path)?);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        body.hash(&mut hasher);
        let content_type = content_type(&name);
        out.insert(
            url,
            Arc::new(Asset {
                csp: content_type.starts_with("text/html").then(|| csp(&body)),
                content_type,
                etag: format!("\"{:016x}\"", hasher.finish()),
                immutable: is_hashed_name(&name),
                body,
                brotli: OnceLock::new(),
                gzip: OnceLock::new(),
            }),
        );
    }
    Ok(())
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Trunk names built files `name-<hash>.ext` (wasm: `name-<hash>_bg.wasm`), the hash a
/// 64-bit number in hex without leading zeros (so 10 to 16 digits in practice); such a
/// name never changes content, so browsers may keep it for good.
fn is_hashed_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit('-')
        .next()
        .is_some_and(|h| (10..=16).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_allows_exactly_its_own_inline_scripts() {
        let html = b"<html><script>one()</script><script type=\"module\">two()</script>\
            <script src=\"/a.js\"></script></html>";
        let scripts: Vec<&[u8]> = inline_scripts(html).collect();
        assert_eq!(scripts, [&b"one()"[..], &b"two()"[..]]);
        let policy = csp(html);
        // echo -n 'one()' | openssl dgst -sha256 -binary | base64
        assert!(
            policy.contains("'sha256-HR7iaask9daLMRRskMI++QeJtjWDOjyPA6lGzYGzKW4='"),
            "{policy}"
        );
        assert_eq!(policy.matches("'sha256-").count(), 2);
        let scripts = policy
            .split(';')
            .find(|d| d.trim().starts_with("script-src"))
            .unwrap();
        assert!(!scripts.contains("unsafe-inline"), "{scripts}");
    }

    #[test]
    fn staff_pages_get_the_console() {
        assert_eq!(entry_point("/staff"), "/staff/index.html");
        assert_eq!(entry_point("/staff/"), "/staff/index.html");
        assert_eq!(entry_point("/staffing"), "/index.html");
        assert_eq!(entry_point("/kiosk"), "/kiosk/index.html");
        assert_eq!(entry_point("/kiosk/x"), "/index.html");
    }

    #[test]
    fn citizen_pages_get_the_citizen_app() {
        assert_eq!(entry_point("/c/TOS-001/register"), "/citizen/index.html");
        assert_eq!(entry_point("/c/TOS-001/checkin"), "/citizen/index.html");
        assert_eq!(entry_point("/e/3"), "/citizen/index.html");
        assert_eq!(entry_point("/c/TOS-001/survey"), "/questions/index.html");
        assert_eq!(entry_point("/feedback"), "/questions/index.html");
        assert_eq!(entry_point("/c/TOS-001"), "/index.html");
        assert_eq!(entry_point("/c/TOS-001/poster"), "/index.html");
        assert_eq!(entry_point("/"), "/index.html");
    }

    /// The service worker picks each app's shell offline with its own pattern; each
    /// must name exactly the shared list of pages.
    #[test]
    fn the_service_worker_knows_the_same_pages() {
        let sw = include_str!("../../../frontend/sw.js");
        let listed = |start: &str| -> (Vec<String>, String) {
            let at = sw.find(start).unwrap_or_else(|| panic!("{start} in sw.js")) + start.len();
            let rest = &sw[at..];
            let pages = rest[..rest.find(')').unwrap()]
                .split('|')
                .map(str::to_owned)
                .collect();
            (pages, rest.to_owned())
        };
        let (pages, rest) = listed("const CITIZEN_PAGE = /^\\/(c\\/[^/]+\\/(");
        assert_eq!(pages, ponte_domain::pages::CITIZEN_PAGES);
        assert!(rest.starts_with(&format!("{})|e\\/\\d+)$/;", pages.join("|"))));
        let (pages, rest) = listed("const QUESTIONS_PAGE = /^\\/(c\\/[^/]+\\/(");
        assert_eq!(pages, ponte_domain::pages::QUESTION_PAGES);
        assert!(rest.starts_with(&format!("{})|feedback)$/;", pages.join("|"))));
    }

    #[test]
    fn recognises_trunk_hashed_names() {
        assert!(is_hashed_name("ponte-frontend-5d2c3a1b9e8f7a60_bg.wasm"));
        assert!(is_hashed_name("ponte-frontend-5d2c3a1b9e8f7a60.js"));
        assert!(is_hashed_name("main-0123456789abcdef.css"));
        assert!(
            is_hashed_name("ponte-citizen-ec5a717d7a4817b_bg.wasm"),
            "15 digits"
        );
        assert!(!is_hashed_name("index.html"));
        assert!(!is_hashed_name("sw.js"));
        assert!(!is_hashed_name("icon-192.png"));
    }
}
