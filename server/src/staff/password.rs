//! Staff passwords: Argon2id with OWASP's parameters, and the passwords Ponte makes
//! up itself when an account is created without one.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::secrets::{SecretsError, random_bytes};

/// OWASP's first choice for Argon2id: 19 MiB, 2 passes, 1 lane (about 30 ms here).
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("OWASP's parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error(transparent)]
    Random(#[from] SecretsError),
    #[error("cannot hash the password: {0}")]
    Hash(String),
}

/// The PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) kept for `password`.
pub fn hash(password: &str) -> Result<String, PasswordError> {
    let salt: [u8; 16] = random_bytes()?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| PasswordError::Hash(e.to_string()))?;
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PasswordError::Hash(e.to_string()))
}

/// Whether `password` matches the kept `phc` string; a damaged string never matches.
pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
}

/// Spends the time a real check takes, so an unknown e-mail answers as slowly as a
/// wrong password and does not tell which accounts exist.
pub fn verify_nobody(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let phc = DUMMY.get_or_init(|| hash("nobody has this password").unwrap_or_default());
    let _ = verify(password, phc);
}

/// A new password of 20 letters and digits in four groups (about 100 bits), easy to
/// copy from a screen: no 0/O, 1/l/I.
pub fn generate() -> Result<String, PasswordError> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let bytes: [u8; 20] = random_bytes()?;
    let mut out = String::with_capacity(24);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 && i % 5 == 0 {
            out.push('-');
        }
        out.push(ALPHABET[usize::from(*b) % ALPHABET.len()] as char);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_matches_only_itself() {
        let phc = hash("una frase lunga abbastanza").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("una frase lunga abbastanza", &phc));
        assert!(!verify("una frase lunga abbastanzA", &phc));
        assert!(!verify("una frase lunga abbastanza", "not a hash"));
        assert_ne!(phc, hash("una frase lunga abbastanza").unwrap(), "salted");
    }

    #[test]
    fn generated_passwords_pass_the_rules_and_differ() {
        let a = generate().unwrap();
        assert_eq!(a.len(), 23);
        assert!(ponte_domain::staff::check_password(&a).is_ok());
        assert_ne!(a, generate().unwrap());
    }
}
