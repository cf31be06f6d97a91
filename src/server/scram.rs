//! SCRAM-SHA-256 as PostgreSQL keeps it: verifiers in the `pg_authid.rolpassword` form
//! (`SCRAM-SHA-256$<iter>:<salt>$<StoredKey>:<ServerKey>`), the hashes `privsql serve
//! --hash-password` prints, and the check of a client's proof (RFC 5802, RFC 7677).
//!
//! pgwire's own SCRAM handler needs the salted password itself (equivalent to the password for
//! logging in); a verifier holds only `StoredKey` and `ServerKey`, so the exchange is run here as
//! PostgreSQL runs it, and [`super::auth`] drives it over the protocol.

use std::fmt::Debug;
use std::num::NonZeroU32;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ring::rand::{SecureRandom, SystemRandom};
use ring::{digest, hmac, pbkdf2};

/// Iterations for hashes made by [`scram_hash`], PostgreSQL's default.
pub const SCRAM_ITERATIONS: u32 = 4096;
/// The SASL mechanism name.
pub const SCRAM_METHOD: &str = "SCRAM-SHA-256";

/// A SCRAM-SHA-256 verifier: what the server keeps instead of the password.
#[derive(Clone)]
pub struct ScramVerifier {
    iterations: u32,
    salt: Vec<u8>,
    stored_key: Vec<u8>,
    server_key: Vec<u8>,
}

impl Debug for ScramVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ScramVerifier(***)")
    }
}

impl ScramVerifier {
    /// Parse `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>` (base64 parts).
    pub fn parse(text: &str) -> Option<Self> {
        let rest = text.trim().strip_prefix("SCRAM-SHA-256$")?;
        let (params, keys) = rest.split_once('$')?;
        let (iter, salt) = params.split_once(':')?;
        let (stored, server) = keys.split_once(':')?;
        let v = Self {
            iterations: iter.parse().ok().filter(|i| *i > 0)?,
            salt: B64.decode(salt).ok()?,
            stored_key: B64.decode(stored).ok()?,
            server_key: B64.decode(server).ok()?,
        };
        (v.stored_key.len() == 32 && v.server_key.len() == 32 && !v.salt.is_empty()).then_some(v)
    }

    /// The verifier of `password` with `salt`.
    pub fn from_password(password: &str, salt: &[u8], iterations: u32) -> Self {
        // SASLprep as PostgreSQL does; a password it cannot normalise is used as is.
        let prepared = stringprep::saslprep(password)
            .map(|c| c.into_owned())
            .unwrap_or_else(|_| password.to_owned());
        let mut salted = [0u8; 32];
        pbkdf2::derive(
            pbkdf2::PBKDF2_HMAC_SHA256,
            NonZeroU32::new(iterations.max(1)).unwrap_or(NonZeroU32::MIN),
            salt,
            prepared.as_bytes(),
            &mut salted,
        );
        let key = hmac::Key::new(hmac::HMAC_SHA256, &salted);
        let client_key = hmac::sign(&key, b"Client Key");
        let server_key = hmac::sign(&key, b"Server Key");
        Self {
            iterations,
            salt: salt.to_vec(),
            stored_key: digest::digest(&digest::SHA256, client_key.as_ref())
                .as_ref()
                .to_vec(),
            server_key: server_key.as_ref().to_vec(),
        }
    }

    /// A verifier no password matches, for unknown users: the exchange runs to the end and fails
    /// the same way as a wrong password, so user names cannot be probed.
    pub fn mock() -> Self {
        Self {
            iterations: SCRAM_ITERATIONS,
            salt: random_bytes(16),
            stored_key: random_bytes(32),
            server_key: random_bytes(32),
        }
    }

    /// The server-first message of an exchange with `nonce` (the client's nonce and the server's).
    pub fn server_first(&self, nonce: &str) -> String {
        format!(
            "r={nonce},s={},i={}",
            B64.encode(&self.salt),
            self.iterations
        )
    }

    /// The PostgreSQL text form.
    pub fn to_text(&self) -> String {
        format!(
            "SCRAM-SHA-256${}:{}${}:{}",
            self.iterations,
            B64.encode(&self.salt),
            B64.encode(&self.stored_key),
            B64.encode(&self.server_key)
        )
    }
}

/// Hash `password` for `[server.users.NAME] password = "..."`, with a random salt.
pub fn scram_hash(password: &str) -> String {
    ScramVerifier::from_password(password, &random_bytes(16), SCRAM_ITERATIONS).to_text()
}

/// `n` random bytes, for salts and nonces.
pub fn random_bytes(n: usize) -> Vec<u8> {
    let mut buf = vec![0u8; n];
    // The system RNG failing leaves zeros; that only weakens a salt or nonce, and ring's
    // SystemRandom does not fail on Linux.
    let _ = SystemRandom::new().fill(&mut buf);
    buf
}

/// Check `c=...,r=...,p=proof` against the verifier; the `v=` server-final message on success.
pub fn verify_client_final(
    text: &str,
    verifier: &ScramVerifier,
    auth_prefix: &str,
    nonce: &str,
    gs2: &str,
) -> Option<String> {
    let (without_proof, proof) = text.rsplit_once(",p=")?;
    let mut attrs = without_proof.split(',');
    let cb = attrs.next()?.strip_prefix("c=")?;
    let r = attrs.next()?.strip_prefix("r=")?;
    if B64.decode(cb).ok()? != gs2.as_bytes() || r != nonce {
        return None;
    }
    let proof = B64.decode(proof).ok()?;
    if proof.len() != 32 {
        return None;
    }
    let auth_message = format!("{auth_prefix},{without_proof}");
    let client_sig = hmac::sign(
        &hmac::Key::new(hmac::HMAC_SHA256, &verifier.stored_key),
        auth_message.as_bytes(),
    );
    let client_key: Vec<u8> = proof
        .iter()
        .zip(client_sig.as_ref())
        .map(|(a, b)| a ^ b)
        .collect();
    let stored = digest::digest(&digest::SHA256, &client_key);
    if !constant_time_eq(stored.as_ref(), &verifier.stored_key) {
        return None;
    }
    let server_sig = hmac::sign(
        &hmac::Key::new(hmac::HMAC_SHA256, &verifier.server_key),
        auth_message.as_bytes(),
    );
    Some(format!("v={}", B64.encode(server_sig.as_ref())))
}

/// Compare without an early exit, so the time taken does not tell how much matched.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Recomputing a verifier from the password and its salt gives the same keys; malformed
    /// hashes are refused; Debug never shows the keys.
    #[test]
    fn verifier_round_trips_and_rejects_garbage() {
        let text = scram_hash("correct horse");
        let v = ScramVerifier::parse(&text).unwrap();
        let again = ScramVerifier::from_password("correct horse", &v.salt, v.iterations);
        assert_eq!(again.to_text(), text);
        assert!(ScramVerifier::parse("SCRAM-SHA-256$4096:abc").is_none());
        assert!(ScramVerifier::parse("md5abcdef").is_none());
        assert!(!format!("{v:?}").contains(&B64.encode(&v.stored_key)));
    }

    /// RFC 7677 section 3: user "user", password "pencil".
    #[test]
    fn rfc7677_exchange() {
        let salt = B64.decode("W22ZaJ0SNY7soEsUEjb6gQ==").unwrap();
        let v = ScramVerifier::from_password("pencil", &salt, 4096);
        let client_first_bare = "n=user,r=rOprNGfwEbeRWgbNEkqO";
        let server_first =
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        let client_final = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
        let prefix = format!("{client_first_bare},{server_first}");
        let nonce = "rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
        let out = verify_client_final(client_final, &v, &prefix, nonce, "n,,").unwrap();
        assert_eq!(out, "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
        let wrong = ScramVerifier::from_password("pencil2", &salt, 4096);
        assert!(verify_client_final(client_final, &wrong, &prefix, nonce, "n,,").is_none());
        assert!(verify_client_final("c=biws,r=x,p=AAAA", &v, &prefix, nonce, "n,,").is_none());
    }
}
