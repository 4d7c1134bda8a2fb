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
//!
//! The database keeps a fingerprint of the keys it was written with ([`for_store`]):
//! started with other keys, or without its key file, Ponte would find no one again and
//! register known citizens as new ones, so it refuses to start instead.

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
    #[error("{set} is set but {unset} is not: set both, or neither to use the key file")]
    HalfSet {
        set: &'static str,
        unset: &'static str,
    },
    #[error(
        "these keys are not the ones the database was written with: put back the {KEYS_FILE} \
         (or PONTE_SEALING_KEY and PONTE_LOOKUP_KEY, which win over the file when set) that \
         belongs with this ponte.redb"
    )]
    Mismatch,
    #[error(
        "{0} is missing, and the database holds records only its keys can read: restore \
         the key file from its backup (Ponte will not make new keys over them)"
    )]
    Missing(PathBuf),
    #[error("cannot read or keep the keys' fingerprint in the database: {0}")]
    Store(#[from] crate::store::StoreError),
}

pub struct Secrets {
    cipher: Aes256Gcm,
    lookup: [u8; 32],
    fingerprint: u64,
}

pub fn random_bytes<const N: usize>() -> Result<[u8; N], SecretsError> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).map_err(|e| SecretsError::Random(e.to_string()))?;
    Ok(buf)
}

impl Secrets {
    pub fn from_keys(sealing: [u8; 32], lookup: [u8; 32]) -> Secrets {
        let mut hash = Sha256::new();
        hash.update(b"ponte-keys-fingerprint-v1");
        hash.update(sealing);
        hash.update(lookup);
        let digest = hash.finalize();
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        Secrets {
            cipher: Aes256Gcm::new(&sealing.into()),
            lookup,
            fingerprint: u64::from_be_bytes(first),
        }
    }

    /// 64 bits of a hash of both keys: tells one pair from another, reveals nothing of
    /// either.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Keys from the environment if both are set, else from the data dir's key file,
    /// which is created on first use. Without a database to check them against: for
    /// tests and tools that hold no citizens; `ponte serve` uses [`for_store`].
    pub fn load_or_create(data_dir: &Path) -> Result<Secrets, SecretsError> {
        match Self::load(data_dir)? {
            Some(secrets) => Ok(secrets),
            None => Self::create(data_dir),
        }
    }

    /// The keys from the environment or the key file; `None` if there are none.
    fn load(data_dir: &Path) -> Result<Option<Secrets>, SecretsError> {
        match (
            std::env::var("PONTE_SEALING_KEY").ok(),
            std::env::var("PONTE_LOOKUP_KEY").ok(),
        ) {
            (Some(s), Some(l)) => {
                return Ok(Some(Secrets::from_keys(
                    parse_key("PONTE_SEALING_KEY", &s)?,
                    parse_key("PONTE_LOOKUP_KEY", &l)?,
                )));
            }
            (Some(_), None) => {
                return Err(SecretsError::HalfSet {
                    set: "PONTE_SEALING_KEY",
                    unset: "PONTE_LOOKUP_KEY",
                });
            }
            (None, Some(_)) => {
                return Err(SecretsError::HalfSet {
                    set: "PONTE_LOOKUP_KEY",
                    unset: "PONTE_SEALING_KEY",
                });
            }
            (None, None) => {}
        }
        let path = data_dir.join(KEYS_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(SecretsError::File { path, source }),
        };
        #[cfg(unix)]
        if let Ok(meta) = std::fs::metadata(&path) {
            use std::os::unix::fs::PermissionsExt;
            if meta.permissions().mode() & 0o077 != 0 {
                log::warn!(
                    "{} can be read by other users of this machine: chmod 600 it",
                    path.display()
                );
            }
        }
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
            (Some(s), Some(l)) => Ok(Some(Secrets::from_keys(s, l))),
            _ => Err(SecretsError::Malformed(format!(
                "{}: each key",
                path.display()
            ))),
        }
    }

    /// New keys, written to a new key file (mode 0600, never over an existing one).
    fn create(data_dir: &Path) -> Result<Secrets, SecretsError> {
        let path = data_dir.join(KEYS_FILE);
        let file_err = |source| SecretsError::File {
            path: path.clone(),
            source,
        };
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

/// The keys that belong with `store`, checked against the fingerprint it keeps:
///
/// - keys whose fingerprint differs from the database's: refused;
/// - no keys while the database holds records only its keys can read: refused (new
///   keys would find no one again);
/// - otherwise the keys are loaded, or made on a first start, and their fingerprint
///   kept.
pub fn for_store(store: &crate::store::Store, data_dir: &Path) -> Result<Secrets, SecretsError> {
    let kept = store.key_fingerprint()?;
    let secrets = match Secrets::load(data_dir)? {
        Some(secrets) => {
            if kept.is_some_and(|f| f != secrets.fingerprint()) {
                return Err(SecretsError::Mismatch);
            }
            // A database from before fingerprints: the keys must open what it holds
            // before theirs is kept, or stale keys would be recorded as the right ones.
            if kept.is_none()
                && let Some(sealed) = store.some_sealed()?
                && secrets.open(&sealed).is_err()
            {
                return Err(SecretsError::Mismatch);
            }
            secrets
        }
        None => {
            if store.holds_keyed_records()? {
                return Err(SecretsError::Missing(data_dir.join(KEYS_FILE)));
            }
            Secrets::create(data_dir)?
        }
    };
    if kept != Some(secrets.fingerprint()) {
        store.set_key_fingerprint(secrets.fingerprint())?;
    }
    Ok(secrets)
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
