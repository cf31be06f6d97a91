//! How clearly a message states its intent: the `clarity` and `label_confidence` columns, and
//! the wording that makes a request hedged or mixed in the seven core languages.
//!
//! - `explicit`: the request says what it wants (every `none` message is `explicit` too).
//! - `indirect`: the request is implied, not named (the `indirect` families of the banks).
//! - `hedged`: a single request wrapped in doubt: a sentence before it ("Not sure this is the
//!   right place to ask.") and, in chat, one after it ("If that's not how it works, never mind.").
//!   Formal letters and web forms are never hedged.
//! - `mixed`: two requests in one message (the combined families) or a single request followed
//!   by unrelated chatter (a chat line, or a P.S. after an e-mail's signature).
//!
//! `label_confidence` is the level's prior that a careful reader agrees with the `intent` label:
//! 1.0 explicit, 0.8 indirect, 0.7 hedged, 0.6 mixed. Only the seven core languages have hedge
//! and chatter wording; in the others a request is explicit, indirect or (combined) mixed.

use super::phrases::Style;

/// The clarity level of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clarity {
    Explicit,
    Indirect,
    Hedged,
    Mixed,
}

impl Clarity {
    /// The SQL value of the `clarity` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Clarity::Explicit => "explicit",
            Clarity::Indirect => "indirect",
            Clarity::Hedged => "hedged",
            Clarity::Mixed => "mixed",
        }
    }

    /// The `label_confidence` column: the level's prior that a reader agrees with the label.
    pub fn label_confidence(self) -> f64 {
        match self {
            Clarity::Explicit => 1.0,
            Clarity::Indirect => 0.8,
            Clarity::Hedged => 0.7,
            Clarity::Mixed => 0.6,
        }
    }
}

/// What is added around a single request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrap {
    Hedge,
    Chatter,
}

/// The hedging and chatter wording of one language.
#[derive(Debug)]
pub struct Bank {
    pub code: &'static str,
    /// Sentences of doubt put before the request.
    pub hedge_before: &'static [&'static str],
    /// Sentences of doubt put after a chat request.
    pub hedge_after: &'static [&'static str],
    /// Unrelated remarks added after the request.
    pub chatter: &'static [&'static str],
    /// How a postscript starts in e-mails.
    pub postscript: &'static str,
}

/// The banks of the seven core languages.
pub static BANKS: &[Bank] = &[
    Bank {
        code: "en",
        hedge_before: &[
            "Not sure this is the right place to ask.",
            "Sorry if this is the wrong address for this.",
            "I'm not even sure this is possible, but I thought I'd ask.",
            "This may be a silly question.",
        ],
        hedge_after: &["But maybe I've misunderstood how this works.", "If that's not how it works, never mind.", "Sorry if I've got this wrong."],
        chatter: &[
            "Also, my last order still hasn't arrived - could someone check on it?",
            "By the way, the app keeps logging me out since the last update.",
            "Unrelated, but is the spring sale still on?",
            "Oh, and my last invoice shows the wrong VAT number.",
        ],
        postscript: "P.S.",
    },
    Bank {
        code: "de",
        hedge_before: &[
            "Ich weiß nicht, ob ich hier richtig bin.",
            "Entschuldigung, falls das die falsche Adresse dafür ist.",
            "Ich bin mir nicht sicher, ob das überhaupt geht, aber ich frage einfach mal.",
            "Vielleicht ist das eine dumme Frage.",
        ],
        hedge_after: &["Aber vielleicht habe ich auch etwas falsch verstanden.", "Falls das so nicht geht, vergessen Sie es einfach.", "Entschuldigung, falls ich das falsch verstanden habe."],
        chatter: &[
            "Außerdem ist meine letzte Bestellung immer noch nicht angekommen – könnten Sie da mal nachsehen?",
            "Übrigens meldet mich die App seit dem letzten Update ständig ab.",
            "Ganz andere Frage: Läuft der Frühjahrsverkauf noch?",
            "Ach ja, und auf meiner letzten Rechnung steht die falsche Umsatzsteuer-ID.",
        ],
        postscript: "PS:",
    },
    Bank {
        code: "fr",
        hedge_before: &[
            "Je ne sais pas si je m'adresse au bon endroit.",
            "Désolé si ce n'est pas la bonne adresse pour cela.",
            "Je ne sais même pas si c'est possible, mais je pose la question.",
            "C'est peut-être une question bête.",
        ],
        hedge_after: &["Mais j'ai peut-être mal compris comment cela fonctionne.", "Si ce n'est pas possible, tant pis.", "Désolé si je me trompe."],
        chatter: &[
            "Par ailleurs, ma dernière commande n'est toujours pas arrivée, pourriez-vous vérifier ?",
            "Au fait, l'application me déconnecte sans arrêt depuis la dernière mise à jour.",
            "Rien à voir, mais les soldes de printemps sont-elles toujours en cours ?",
            "Ah, et ma dernière facture indique le mauvais numéro de TVA.",
        ],
        postscript: "PS :",
    },
    Bank {
        code: "es",
        hedge_before: &[
            "No sé si este es el sitio adecuado para preguntar.",
            "Perdón si esta no es la dirección correcta para esto.",
            "No sé ni siquiera si es posible, pero por preguntar que no quede.",
            "Quizá sea una pregunta tonta.",
        ],
        hedge_after: &["Aunque puede que haya entendido mal cómo funciona.", "Si no se puede, no pasa nada.", "Perdón si me equivoco."],
        chatter: &[
            "Por cierto, mi último pedido todavía no ha llegado, ¿podrían revisarlo?",
            "Además, la aplicación me cierra la sesión continuamente desde la última actualización.",
            "Otra cosa: ¿sigue en marcha la oferta de primavera?",
            "Ah, y en mi última factura aparece un NIF equivocado.",
        ],
        postscript: "P.D.:",
    },
    Bank {
        code: "it",
        hedge_before: &[
            "Non so se questo è il posto giusto per chiederlo.",
            "Scusate se questo non è l'indirizzo giusto.",
            "Non so nemmeno se sia possibile, ma provo a chiedere.",
            "Forse è una domanda stupida.",
        ],
        hedge_after: &["Ma forse ho capito male come funziona.", "Se non è possibile, pazienza.", "Scusate se mi sbaglio."],
        chatter: &[
            "Inoltre il mio ultimo ordine non è ancora arrivato, potreste controllare?",
            "A proposito, dall'ultimo aggiornamento l'app mi disconnette di continuo.",
            "Un'altra cosa: i saldi di primavera sono ancora attivi?",
            "Ah, e sull'ultima fattura c'è la partita IVA sbagliata.",
        ],
        postscript: "P.S.",
    },
    Bank {
        code: "nl",
        hedge_before: &[
            "Ik weet niet of ik hiervoor bij jullie moet zijn.",
            "Sorry als dit het verkeerde adres hiervoor is.",
            "Ik weet niet eens of dit kan, maar ik vraag het gewoon.",
            "Misschien is dit een domme vraag.",
        ],
        hedge_after: &["Maar misschien begrijp ik niet goed hoe het werkt.", "Als dat niet kan, laat maar.", "Sorry als ik het verkeerd heb."],
        chatter: &[
            "Verder is mijn laatste bestelling nog steeds niet binnen, kunnen jullie dat nakijken?",
            "Trouwens, de app logt me sinds de laatste update steeds uit.",
            "Iets anders: loopt de voorjaarsuitverkoop nog?",
            "O ja, en op mijn laatste factuur staat het verkeerde btw-nummer.",
        ],
        postscript: "PS:",
    },
    Bank {
        code: "pt",
        hedge_before: &[
            "Não sei se este é o sítio certo para perguntar.",
            "Desculpem se este não é o endereço certo para isto.",
            "Nem sei se é possível, mas pergunto na mesma.",
            "Talvez seja uma pergunta parva.",
        ],
        hedge_after: &["Mas talvez eu tenha percebido mal como funciona.", "Se não for possível, não faz mal.", "Desculpem se estiver enganado."],
        chatter: &[
            "Além disso, a minha última encomenda ainda não chegou, podem verificar?",
            "Já agora, a aplicação está sempre a terminar a minha sessão desde a última atualização.",
            "Outra coisa: a promoção de primavera ainda está a decorrer?",
            "Ah, e a minha última fatura tem o NIF errado.",
        ],
        postscript: "P.S.",
    },
];

/// The bank of language `code`, if it has one.
pub fn bank(code: &str) -> Option<&'static Bank> {
    BANKS.iter().find(|b| b.code == code)
}

/// Adds `wrap`'s wording to the message in `text[start..]`, a request of style `style`; `pick`
/// chooses the sentences.
pub(super) fn apply(text: &mut Vec<u8>, start: usize, wrap: Wrap, bank: &Bank, style: Style, pick: u64) {
    let choose = |list: &'static [&'static str], shift: u32| list[((pick >> shift) % list.len() as u64) as usize];
    match wrap {
        Wrap::Hedge => {
            let before = choose(bank.hedge_before, 0);
            // After an e-mail's greeting line ("Hi,"), else at the very start.
            let body = &text[start..];
            let at = match body.iter().position(|&c| c == b'\n') {
                Some(nl) if style != Style::Casual && body[..nl].ends_with(b",") => {
                    start + nl + 1 + body[nl + 1..].iter().take_while(|&&c| c == b'\n').count()
                }
                _ => start,
            };
            let sep: &[u8] = if style == Style::Casual { b" " } else { b"\n\n" };
            text.splice(at..at, before.bytes().chain(sep.iter().copied()));
            if style == Style::Casual {
                text.push(b' ');
                text.extend_from_slice(choose(bank.hedge_after, 16).as_bytes());
            }
        }
        Wrap::Chatter => {
            let chatter = choose(bank.chatter, 32);
            if style == Style::Casual {
                text.push(b' ');
            } else {
                text.extend_from_slice(b"\n\n");
                text.extend_from_slice(bank.postscript.as_bytes());
                text.push(b' ');
            }
            text.extend_from_slice(chatter.as_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seven_core_languages_have_banks() {
        for code in super::super::phrases::DEFAULT_LANGUAGES {
            let b = bank(code).unwrap_or_else(|| panic!("{code} has no clarity bank"));
            assert!(!b.hedge_before.is_empty() && !b.hedge_after.is_empty() && !b.chatter.is_empty());
        }
    }

    #[test]
    fn hedges_go_after_an_email_greeting_and_chatter_after_the_signature() {
        let en = bank("en").unwrap();
        let mut t = b"Hi,\n\nPlease delete my account.\n\nThanks,\nJo".to_vec();
        apply(&mut t, 0, Wrap::Hedge, en, Style::Neutral, 0);
        assert_eq!(String::from_utf8(t).unwrap(), "Hi,\n\nNot sure this is the right place to ask.\n\nPlease delete my account.\n\nThanks,\nJo");
        let mut t = b"delete my account".to_vec();
        apply(&mut t, 0, Wrap::Hedge, en, Style::Casual, 1 | (2 << 16));
        assert_eq!(String::from_utf8(t).unwrap(), "Sorry if this is the wrong address for this. delete my account Sorry if I've got this wrong.");
        let mut t = b"x|Please delete my account.\n\nThanks,\nJo".to_vec();
        apply(&mut t, 2, Wrap::Chatter, en, Style::Neutral, 2 << 32);
        assert_eq!(String::from_utf8(t).unwrap(), "x|Please delete my account.\n\nThanks,\nJo\n\nP.S. Unrelated, but is the spring sale still on?");
    }
}
