//! Names of what the apps keep on the device (`localStorage`), shared with the server
//! because the centre's page it renders reads some in its first script, before any
//! wasm: whether the phone holds a pass, whether anything waits to be sent, whether
//! today's visit has its questions open.

/// The citizen's pass (JSON).
pub const PASS: &str = "ponte.pass";
/// Submissions waiting to be sent (a JSON array; `[]` when empty).
pub const OUTBOX: &str = "ponte.outbox";
/// The language chosen on this device (a JSON string: `"it"`).
pub const LANG: &str = "ponte.lang";
/// The display chosen on this device (a JSON string of classes for the page's root:
/// `"text-large contrast-high"`, either, or empty).
pub const DISPLAY: &str = "ponte.display";
/// The display classes a page may be given, and nothing else.
pub const DISPLAY_CLASSES: [&str; 2] = ["text-large", "contrast-high"];
/// The last visit checked in on this phone (JSON: `centre`, `date`, `answered`).
pub const VISIT: &str = "ponte.visit";
