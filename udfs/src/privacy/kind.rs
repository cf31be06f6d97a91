//! The kinds of personal data `find_pii` and `redact_pii` know, their SQL names and
//! placeholders, and the set of kinds a call asks for.

use datafusion::common::{plan_err, Result};

/// One kind of personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Email,
    Phone,
    Iban,
    Card,
    Ip,
    Ssn,
    NationalId,
    DateOfBirth,
    Address,
}

impl Kind {
    /// Every kind, in documentation order.
    pub const ALL: [Kind; 9] = [
        Kind::Email,
        Kind::Phone,
        Kind::Iban,
        Kind::Card,
        Kind::Ip,
        Kind::Ssn,
        Kind::NationalId,
        Kind::DateOfBirth,
        Kind::Address,
    ];

    /// The SQL name, as `find_pii` reports it and `kinds` lists it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Phone => "phone",
            Kind::Iban => "iban",
            Kind::Card => "card",
            Kind::Ip => "ip",
            Kind::Ssn => "ssn",
            Kind::NationalId => "national_id",
            Kind::DateOfBirth => "date_of_birth",
            Kind::Address => "address",
        }
    }

    /// The placeholder `redact_pii` writes in its default style.
    pub fn placeholder(self) -> &'static str {
        match self {
            Kind::Email => "<EMAIL>",
            Kind::Phone => "<PHONE>",
            Kind::Iban => "<IBAN>",
            Kind::Card => "<CARD>",
            Kind::Ip => "<IP>",
            Kind::Ssn => "<SSN>",
            Kind::NationalId => "<NATIONAL_ID>",
            Kind::DateOfBirth => "<DATE_OF_BIRTH>",
            Kind::Address => "<ADDRESS>",
        }
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindSet(u16);

impl KindSet {
    /// Every kind.
    pub const ALL: KindSet = KindSet(0x1ff);

    /// Does the set hold `k`?
    #[inline]
    pub fn contains(self, k: Kind) -> bool {
        self.0 & k.bit() != 0
    }

    /// Parse `'email, phone'` (names separated by commas, any case, `all` for every kind);
    /// an unknown name is a plan error naming it and listing the valid ones.
    pub fn parse(func: &str, list: &str) -> Result<KindSet> {
        let mut set = 0u16;
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            if name.eq_ignore_ascii_case("all") {
                set |= KindSet::ALL.0;
                continue;
            }
            match Kind::ALL.iter().find(|k| k.name().eq_ignore_ascii_case(name)) {
                Some(k) => set |= k.bit(),
                None => {
                    let valid: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                    return plan_err!(
                        "{func}: unknown kind '{name}'; valid kinds: {}, or all",
                        valid.join(", ")
                    );
                }
            }
        }
        if set == 0 {
            return plan_err!("{func}: argument `kinds` names no kind; use 'all' for every kind");
        }
        Ok(KindSet(set))
    }
}
