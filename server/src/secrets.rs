//! The two keys that protect citizens' personal data, kept outside the database.
//!
//! - the *sealing key* encrypts the codice fiscale, names and contact details
//!   (AES-256-GCM), which are needed in clear only to build the national upload file;
//! - the *lookup key* turns a codice fiscale into the HMAC-SHA256 by which a citizen is
//!   found again. A plain hash of a codice fiscale could be reversed by enumerating the
//!   possible codes; a keyed one cannot without the key.
//!
//! They come from `PONTE_SEALING_KEY` and `PONTE_LOOKUP_KEY` (64 hex digits each) or
//! from `ponte.keys` in the data dir, created at first start with mode 0600.

use std::io::Write;
use std::path::{Path, PathBuf};

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use ponte_domain::codice_fiscale::CodiceFiscale;
use sha2::{Digest, Sha256};

pub const KEYS_FILE: &str = "ponte.keys";

#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    #[error("cannot read or create the key file {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0} must be 64 hexadecimal digits")]
    Malformed(String),
    #[error("the system's random source failed: {0}")]
    Random(String),
    #[error("a sealed record does not open with this key (was the key file replaced?)")]
    Unseal,
}

pub struct Secrets {
    cipher: Aes256Gcm,
    lookup: [u8; 32],
}

pub fn random_bytes<const N: usize>() -> Result<[u8; N], SecretsError> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).map_err(|e| SecretsError::Random(e.to_string()))?;
    Ok(buf)
}

impl Secrets {
    pub fn from_keys(sealing: [u8; 32], lookup: [u8; 32]) -> Secrets {
        Secrets {
            cipher: Aes256Gcm::new(&sealing.into()),
            lookup,
        }
    }

    /// Keys from the environment if both are set, else from the data dir's key file,
    /// which is created on first use.
    pub fn load_or_create(data_dir: &Path) -> Result<Secrets, SecretsError> {
        if let (Ok(s), Ok(l)) = (
            std::env::var("PONTE_SEALING_KEY"),
            std::env::var("PONTE_LOOKUP_KEY"),
        ) {
            return Ok(Secrets::from_keys(
                parse_key("PONTE_SEALING_KEY", &s)?,
                parse_key("PONTE_LOOKUP_KEY", &l)?,
            ));
        }
        let path = data_dir.join(KEYS_FILE);
        let file_err = |source| SecretsError::File {
            path: path.clone(),
            source,
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let mut sealing = None;
                let mut lookup = None;
                for line in text.lines() {
                    match line.split_once('=') {
                        Some(("sealing", v)) => sealing = Some(parse_key("sealing key", v)?),
                        Some(("lookup", v)) => lookup = Some(parse_key("lookup key", v)?),
                        _ => {}
                    }
                }
                match (sealing, lookup) {
                    (Some(s), Some(l)) => Ok(Secrets::from_keys(s, l)),
                    _ => Err(SecretsError::Malformed(format!(
                        "{}: each key",
                        path.display()
                    ))),
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let sealing: [u8; 32] = random_bytes()?;
                let lookup: [u8; 32] = random_bytes()?;
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                let mut file = options.open(&path).map_err(file_err)?;
                writeln!(
                    file,
                    "# Ponte's keys. Keep a copy somewhere safe: without them the personal data\n\
                     # in ponte.redb cannot be read and citizens cannot be found again.\n\
                     sealing={}\nlookup={}",
                    hex::encode(sealing),
                    hex::encode(lookup)
                )
                .and_then(|_| file.sync_all())
                .map_err(file_err)?;
                Ok(Secrets::from_keys(sealing, lookup))
            }
            Err(e) => Err(file_err(e)),
        }
    }

    /// The key a citizen is found by.
    pub fn lookup_hash(&self, cf: &CodiceFiscale) -> [u8; 32] {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.lookup).expect("HMAC takes any key length");
        mac.update(cf.as_str().as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// The token an event's poster carries: an HMAC of the event and its window under
    /// the lookup key (with its own prefix, so it can never equal a citizen's key). 128
    /// bits, hex.
    pub fn event_token(&self, event: u64, starts_at: i64, ends_at: i64) -> String {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.lookup).expect("HMAC takes any key length");
        mac.update(format!("ponte-event-v1:{event}:{starts_at}:{ends_at}").as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..16])
    }

    /// Whether `token` is this event's, compared in constant time.
    pub fn event_token_matches(
        &self,
        event: u64,
        starts_at: i64,
        ends_at: i64,
        token: &str,
    ) -> bool {
        let want = self.event_token(event, starts_at, ends_at);
        want.len() == token.len()
            && want
                .bytes()
                .zip(token.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }

    /// Encrypts with a fresh random nonce; the result is `nonce || ciphertext+tag`.
    pub fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>, SecretsError> {
        let nonce: [u8; 12] = random_bytes()?;
        let ciphertext = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), plaintext)
            .map_err(|_| SecretsError::Unseal)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ciphertext);
        Ok(out)
    }

    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, SecretsError> {
        if sealed.len() < 12 + 16 {
            return Err(SecretsError::Unseal);
        }
        let (nonce, ciphertext) = sealed.split_at(12);
        self.cipher
            .decrypt(Nonce::from_slice(nonce), ciphertext)
            .map_err(|_| SecretsError::Unseal)
    }
}

/// SHA-256, for values that are random enough not to need a key (pass tokens, request
/// bodies carrying a random submission id).
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

fn parse_key(name: &str, hex_text: &str) -> Result<[u8; 32], SecretsError> {
    let bytes = hex::decode(hex_text.trim()).map_err(|_| SecretsError::Malformed(name.into()))?;
    bytes
        .try_into()
        .map_err(|_| SecretsError::Malformed(name.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_is_created_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let a = Secrets::load_or_create(dir.path()).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEYS_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let b = Secrets::load_or_create(dir.path()).unwrap();
        let cf = CodiceFiscale::parse("RSSMRA80A01H501U").unwrap();
        assert_eq!(a.lookup_hash(&cf), b.lookup_hash(&cf));
        let sealed = a.seal(b"Mario Rossi").unwrap();
        assert_eq!(b.open(&sealed).unwrap(), b"Mario Rossi");
        assert!(!sealed.windows(5).any(|w| w == b"Mario"));
    }

    #[test]
    fn another_key_cannot_open_or_match() {
        let a = Secrets::from_keys([1; 32], [2; 32]);
        let b = Secrets::from_keys([3; 32], [4; 32]);
        let cf = CodiceFiscale::parse("RSSMRA80A01H501U").unwrap();
        assert_ne!(a.lookup_hash(&cf), b.lookup_hash(&cf));
        assert!(b.open(&a.seal(b"x").unwrap()).is_err());
        assert!(a.open(b"short").is_err());
    }
}
