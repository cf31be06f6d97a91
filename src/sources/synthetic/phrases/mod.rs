//! Phrase banks, one file per language: names, e-mail domains, slot phrases (greetings,
//! closings, addresses, ...) and the phrasing families of every intent.
//!
//! A family is a real group of phrasing (a formal GDPR letter, a one-line chat request, a web
//! form, a phone transcript, ...) with a few top-level templates; the `template` column names
//! the family and template a row came from (`deletion.en.formal_letter.3`), so a classifier can
//! train on some families and be evaluated on held-out ones. Templates use the mini language of
//! [`super::template`].

pub mod bg;
pub mod cs;
pub mod da;
pub mod de;
pub mod el;
pub mod en;
pub mod es;
pub mod et;
pub mod fi;
pub mod fr;
pub mod ga;
pub mod hr;
pub mod hu;
pub mod is;
pub mod it;
pub mod lt;
pub mod lv;
pub mod mt;
pub mod nl;
pub mod no;
pub mod pl;
pub mod pt;
pub mod ro;
pub mod sk;
pub mod sl;
pub mod sv;

use super::template::DateStyle;

/// The true label of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Intent {
    Access,
    Deletion,
    Rectification,
    OptOutSale,
    OptOutMarketing,
    ConsentWithdrawal,
    Portability,
    Restriction,
    Objection,
    AutomatedDecision,
    None,
}

impl Intent {
    /// Every intent, privacy requests first and `none` last (the classifier's label order).
    pub const ALL: [Intent; 11] = [
        Intent::Access,
        Intent::Deletion,
        Intent::Rectification,
        Intent::OptOutSale,
        Intent::OptOutMarketing,
        Intent::ConsentWithdrawal,
        Intent::Portability,
        Intent::Restriction,
        Intent::Objection,
        Intent::AutomatedDecision,
        Intent::None,
    ];

    /// The number of privacy intents: every intent but `none`, which comes last in [`Intent::ALL`].
    pub const PRIVACY_COUNT: usize = Intent::ALL.len() - 1;

    /// The privacy intents, in [`Intent::ALL`] order.
    pub fn privacy() -> &'static [Intent] {
        &Intent::ALL[..Intent::PRIVACY_COUNT]
    }

    /// The SQL value of the `intent` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Access => "access",
            Intent::Deletion => "deletion",
            Intent::Rectification => "rectification",
            Intent::OptOutSale => "opt_out_sale",
            Intent::OptOutMarketing => "opt_out_marketing",
            Intent::ConsentWithdrawal => "consent_withdrawal",
            Intent::Portability => "portability",
            Intent::Restriction => "restriction",
            Intent::Objection => "objection",
            Intent::AutomatedDecision => "automated_decision",
            Intent::None => "none",
        }
    }

    /// Position in [`Intent::ALL`].
    pub fn index(self) -> usize {
        Intent::ALL.iter().position(|i| *i == self).unwrap_or(Intent::PRIVACY_COUNT)
    }

    /// The intent named `s` (its SQL value), if any.
    pub fn parse(s: &str) -> Option<Intent> {
        Intent::ALL.into_iter().find(|i| i.as_str() == s)
    }
}

/// Where a message came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Email,
    Chat,
    WebForm,
    AppReview,
    PhoneTranscript,
    Social,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Chat => "chat",
            Channel::WebForm => "web_form",
            Channel::AppReview => "app_review",
            Channel::PhoneTranscript => "phone_transcript",
            Channel::Social => "social",
        }
    }
}

/// How carefully a family is written: decides the casing and typo noise added on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Letters and forms: no noise.
    Formal,
    /// E-mails: an occasional typo.
    Neutral,
    /// Chat, reviews, social posts: lower case, missing punctuation, typos.
    Casual,
}

/// A group of phrasings of one intent in one language.
#[derive(Debug)]
pub struct Family {
    /// The primary intent: the `intent` column.
    pub intent: Intent,
    /// The other intents of a combined request (a deletion that also withdraws consent, ...),
    /// listed after the primary in the `intents` column; empty for a single request.
    pub also: &'static [Intent],
    /// Short snake_case name, unique within (intent, language).
    pub name: &'static str,
    /// Relative frequency among the families of its intent.
    pub weight: u32,
    pub style: Style,
    /// The channels this kind of message arrives on.
    pub channels: &'static [Channel],
    /// For `none`: the message mentions privacy, data or deletion without requesting anything
    /// (a hard negative).
    pub hard_negative: bool,
    /// Top-level templates.
    pub texts: &'static [&'static str],
}

/// Everything generated for one language.
#[derive(Debug)]
pub struct Lang {
    /// ISO 639-1 code, as accepted by the `languages` option.
    pub code: &'static str,
    /// Locales with relative weights.
    pub locales: &'static [(&'static str, u32)],
    pub first_names: &'static [&'static str],
    pub last_names: &'static [&'static str],
    pub email_domains: &'static [&'static str],
    pub decimal_comma: bool,
    pub date: DateStyle,
    /// Named slot phrases, referenced as `{name}` from templates.
    pub slots: &'static [(&'static str, &'static [&'static str])],
    pub families: &'static [Family],
}

/// Every registered language: a new language is one line here (and its module above).
/// English comes first: the `non_english` option splits the rows between it and the others.
static LANGS: &[&Lang] = &[
    &en::LANG,
    &de::LANG,
    &fr::LANG,
    &es::LANG,
    &it::LANG,
    &nl::LANG,
    &pt::LANG,
    &cs::LANG,
    &el::LANG,
    &hr::LANG,
    &sv::LANG,
    &pl::LANG,
    &da::LANG,
    &no::LANG,
    &fi::LANG,
    &sk::LANG,
    &bg::LANG,
    &hu::LANG,
    &ro::LANG,
    &lt::LANG,
    &lv::LANG,
    &et::LANG,
    &sl::LANG,
    &is::LANG,
    &mt::LANG,
    &ga::LANG,
];

/// Every registered language, English first.
pub fn all() -> &'static [&'static Lang] {
    LANGS
}

/// The languages generated when the `languages` option is not given: the seven of the first
/// release, so that existing pipelines keep comparable output (`languages=all` selects every
/// registered language).
pub const DEFAULT_LANGUAGES: &[&str] = &["en", "de", "fr", "es", "it", "nl", "pt"];

/// Fictional companies the messages are addressed to.
pub const COMPANIES: &[&str] = &[
    "Northwind", "Brightcart", "Lumora", "Kestrel Mobile", "Veloria", "Fjordline Travel",
    "Pixelpost", "Greenbasket", "Solvia Bank", "Tidewater Energy",
];

use Channel::*;
/// Channel sets shared by the banks.
pub const CH_CHAT: &[Channel] = &[Chat, Chat, Chat, Social, AppReview];
pub const CH_EMAIL: &[Channel] = &[Email, Email, Email, WebForm];
pub const CH_LETTER: &[Channel] = &[Email, Email, WebForm];
pub const CH_FORM: &[Channel] = &[WebForm];
pub const CH_PHONE: &[Channel] = &[PhoneTranscript];
pub const CH_ANY: &[Channel] = &[Email, Email, Chat, Chat, WebForm, Social];
pub const CH_REVIEW: &[Channel] = &[AppReview, AppReview, Social];
