//! The live session's secrets: the six-digit join code and the 128-bit
//! participant tokens, both from the operating system's random generator;
//! and their comparison, which takes the same time whatever matches.

use sha2::{Digest, Sha256};

use crate::{Error, Result};

/// How many digits a join code has.
pub const JOIN_CODE_DIGITS: usize = 6;

/// A participant's token: 128 random bits, as 32 lower-case hex digits.
pub(crate) fn new_token() -> Result<String> {
    let mut bytes = [0u8; 16];
    fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// A six-digit join code, every code from `000000` to `999999` equally
/// likely (values past the last whole million of `u32` are drawn again,
/// so no code is favoured).
pub(crate) fn new_join_code() -> Result<String> {
    const CODES: u32 = 1_000_000;
    const LIMIT: u32 = u32::MAX - u32::MAX % CODES;
    loop {
        let mut bytes = [0u8; 4];
        fill(&mut bytes)?;
        let n = u32::from_le_bytes(bytes);
        if n < LIMIT {
            return Ok(format!("{:0width$}", n % CODES, width = JOIN_CODE_DIGITS));
        }
    }
}

fn fill(bytes: &mut [u8]) -> Result<()> {
    getrandom::fill(bytes).map_err(|e| {
        Error::InvalidInput(format!(
            "the live session needs random numbers and the system gave none: {e}"
        ))
    })
}

/// Whether `given` is `expected`, comparing every byte whatever differs,
/// so the time taken does not tell how much of a code was right.
pub(crate) fn same_secret(given: &str, expected: &str) -> bool {
    let (a, b) = (given.as_bytes(), expected.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// What the session keeps of a token: its SHA-256, so looking a token up
/// in a map does not compare the secret itself byte by byte.
pub(crate) fn token_key(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_32_hex_digits_and_two_differ() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_eq!(a.len(), 32);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
        assert_ne!(a, b);
    }

    #[test]
    fn a_join_code_is_six_digits() {
        for _ in 0..200 {
            let code = new_join_code().unwrap();
            assert_eq!(code.len(), JOIN_CODE_DIGITS);
            assert!(code.chars().all(|c| c.is_ascii_digit()), "{code}");
        }
    }

    #[test]
    fn secrets_match_only_whole() {
        assert!(same_secret("012345", "012345"));
        assert!(!same_secret("012346", "012345"));
        assert!(!same_secret("01234", "012345"));
        assert!(!same_secret("", "012345"));
    }
}
