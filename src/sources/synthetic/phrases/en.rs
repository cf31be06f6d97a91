//! English: US and UK customers (CCPA and GDPR wording), the bulk of the data.

use super::Intent::*;
use super::Style::*;
use super::*;

pub static LANG: Lang = Lang {
    code: "en",
    locales: &[("en-US", 55), ("en-GB", 35), ("en-IE", 5), ("en-CA", 5)],
    first_names: &[
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
        "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
        "Sarah", "Chris", "Karen", "Daniel", "Emily", "Matthew", "Olivia", "Anthony", "Sophie",
        "Mark", "Charlotte", "Steven", "Amelia", "Paul", "Grace", "Andrew", "Chloe", "Joshua",
        "Hannah", "Kevin", "Megan", "Brian", "Lauren", "Oliver", "Jack", "Harry", "Priya",
        "Mohammed", "Aisha", "Wei", "Mei", "Carlos", "Maria", "Liam", "Noah", "Emma", "Ava",
        "Ethan", "Mia", "Lucas", "Zoe", "Ryan", "Rachel", "Sean", "Siobhan", "Connor", "Niamh",
    ],
    last_names: &[
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson",
        "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
        "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
        "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts",
        "Evans", "Turner", "Phillips", "Patel", "Khan", "Singh", "Nguyen", "Chen", "Murphy",
        "O'Brien", "Kelly", "Walsh", "Byrne", "Hughes", "Edwards", "Collins", "Stewart", "Morris",
        "Cooper", "Ward", "Price", "Bennett", "Wood", "Barnes", "Ross", "Henderson", "Coleman",
    ],
    email_domains: &[
        "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
        "icloud.com", "aol.com", "hotmail.co.uk", "btinternet.com", "comcast.net", "proton.me",
        "live.com", "sky.com", "eircom.net",
    ],
    decimal_comma: false,
    date: DateStyle::MonthFirstSlash,
    slots: &[
        ("greet", &[
            "Hi,", "Hello,", "Hi there,", "Hello {co} team,", "Hi {co},", "Good morning,",
            "Good afternoon,", "Hey,", "Hello there,", "Hi team,", "Dear {co},", "Dear support team,",
            "To the {co} support team,", "Hi {co} support,",
        ]),
        ("greet_formal", &[
            "Dear Sir or Madam,", "Dear Sir/Madam,", "To whom it may concern,",
            "Dear Data Protection Officer,", "Dear {co} Privacy Team,", "Dear {co} Data Protection Team,",
        ]),
        ("hi", &["hi ", "hello ", "hey ", "hi there ", "", "", "", "hiya ", "good morning, ", "Hi, ", "Hello, "]),
        ("thanks", &[
            "Thanks,", "Thank you,", "Thanks in advance,", "Many thanks,", "Cheers,", "Best,",
            "Kind regards,", "Best regards,", "Regards,", "Thanks!", "Best wishes,", "All the best,",
        ]),
        ("sign", &[
            "{thanks}\n{name}", "{thanks}\n{first}", "{thanks}\n{first}\n\nSent from my iPhone",
            "{thanks}\n{first} {last}", "{thanks}\n{name}\n{email}", "{first}",
            "{thanks}\n{first}\n\nSent from my Galaxy",
        ]),
        ("sign_formal", &[
            "Yours faithfully,\n\n{name}", "Yours sincerely,\n\n{name}", "Sincerely,\n{name}",
            "Kind regards,\n\n{name}", "Yours faithfully,\n\n\n{name}\n{email}",
        ]),
        ("street", &[
            "Maple Avenue", "Church Road", "Station Road", "High Street", "Oak Lane", "Elm Street",
            "Park Road", "Victoria Road", "Mill Lane", "Cedar Drive", "Washington Street",
            "Lakeview Terrace", "Queen's Road", "King Street", "Pine Court", "Riverside Drive",
        ]),
        ("city", &[
            "Springfield, IL 627{d}{d}", "Austin, TX 787{d}{d}", "Portland, OR 972{d}{d}",
            "Columbus, OH 432{d}{d}", "Sacramento, CA 958{d}{d}", "San Diego, CA 921{d}{d}",
            "Leeds LS{d} {d}AB", "Bristol BS{d} {d}QT", "Manchester M{d}{d} {d}JD",
            "London SW{d}{d} {d}RP", "Glasgow G{d}{d} {d}LN", "Dublin D0{d}", "Toronto, ON M{d}V {d}K{d}",
        ]),
        ("address", &[
            "{name}\n{d}{d} {street}\n{city}", "{name}\n{d}{d}{d} {street}\n{city}",
            "{name}\nFlat {d}, {d}{d} {street}\n{city}", "{name}\n{d} {street}, Apt {d}{d}\n{city}",
        ]),
        ("acct", &[
            "My account is registered under {email}.", "The account email is {email}.",
            "I have an account with the email address {email}.", "My login is {email}.",
            "You can find me under {email}.", "The account is in the name of {name}, email {email}.",
            "Account email: {email}",
        ]),
        ("data", &[
            "my personal data", "my personal information", "all my data", "all of my data",
            "all the data you hold about me", "any personal data you have on me",
            "all personal information you hold about me", "my information", "my data",
            "everything you have stored about me",
        ]),
        ("verify", &[
            "", " I can provide proof of identity if needed.",
            " I am happy to verify my identity if required.",
            " Let me know if you need anything else to confirm it's me.",
            " Please contact me at this address if you need to verify my identity.",
        ]),
        ("product", &[
            "headphones", "running shoes", "coffee machine", "phone case", "winter jacket",
            "desk lamp", "blender", "backpack", "smartwatch", "yoga mat", "vacuum cleaner",
            "kettle", "gift card", "monitor", "baby stroller", "air fryer",
        ]),
        ("agent", &[
            "Agent: Thank you for calling {co}, my name is Sam, how can I help you today?\n",
            "Agent: {co} customer service, this is Jordan speaking. How can I help?\n",
            "Agent: Hi, thanks for holding. You're through to {co}, what can I do for you?\n",
            "AGENT: Good afternoon, {co}, you're speaking with Alex.\n",
        ]),
        ("agent_verify", &[
            "Agent: Sure, I can help with that. Can I take the email address on the account?\nCustomer: Yeah it's {email}.\n",
            "Agent: Of course. Could you confirm your full name and postcode for me?\nCustomer: {name}, and the postcode is the one on the account.\n",
            "Agent: No problem. Can I just verify your date of birth?\nCustomer: Sure, it's {date}.\n",
        ]),
        ("agent_close", &[
            "Agent: I've raised that for you, you'll get an email confirmation shortly.\nCustomer: Great, thanks.",
            "Agent: Okay, I've logged the request. Is there anything else?\nCustomer: No, that's all. Thanks, bye.",
            "Agent: Alright, that's been passed on to the right team.\nCustomer: Thank you.",
        ]),
        ("law_access", &[
            "Article 15 of the General Data Protection Regulation (GDPR)", "Art. 15 GDPR",
            "Article 15 of the UK GDPR", "Article 15 GDPR and section 45 of the Data Protection Act 2018",
            "the California Consumer Privacy Act (CCPA)", "the CCPA as amended by the CPRA",
        ]),
        ("law_erase", &[
            "Article 17 of the General Data Protection Regulation (GDPR)", "Art. 17 GDPR",
            "Article 17 of the UK GDPR", "the CCPA (Cal. Civ. Code § 1798.105)",
            "the California Consumer Privacy Act",
        ]),
        ("deadline", &[
            "within one month of receipt, as required by law",
            "within the statutory period of one month",
            "without undue delay and in any event within one month",
            "within 45 days, as the CCPA requires",
            "within 30 days",
        ]),
        ("escalate", &[
            " If I do not hear from you within this period, I will lodge a complaint with the Information Commissioner's Office.",
            " Should you fail to respond in time, I will refer the matter to the supervisory authority.",
            " If I don't receive a response, I will file a complaint with the California Attorney General.",
            "",
        ]),
        ("annoyed", &[
            "This is the second time I'm asking.", "I've asked before and nothing happened.",
            "Third email about this.", "Still waiting on this.", "",
        ]),
    ],
    families: &[
        // ---------------------------------------------------------------- access
        Family { intent: Access, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[can|could] [you|u] [send me|give me|email me] [a copy of|an export of] [all |]the data you [have|hold|store|keep] [on|about] me[?| please?| pls?|]",
            "[i want|i'd like|id like|i would like] to [see|know] what [personal |]data you [have|store|keep|hold] [on|about] me[.|!|]",
            "[need|want] [a copy of|an export of|a download of] my [account |personal |]data[ asap| please| for my records|]",
            "what [info|information|data] do [you|u] [guys |]have [on|about] me[?|??| exactly?]",
            "{hi}how do i [download|get|export] [all |]my data [from {co}|from the app|from my account][?| pls]",
            "[please send|send] me everything you have [on file |]about me[, including my purchase history|]",
        ]},
        Family { intent: Access, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "ok so i just got an ad for [the exact thing|something] i only [talked about|searched once|mentioned in a DM]. [kinda creepy tbh|that's creepy|wtf]. what [exactly |]do you [have|know] about me[?|??]",
            "{hi}found an old {co} [login|account] from [like 2016|years ago|uni days] i totally forgot about. [is there a way to|can i] [see|find out|get a list of] what [info|details|stuff] is [still |]sitting in there?",
            "[gdpr|GDPR|subject] access request pls[.| -] [account|acct|email]: {email}. [want|need] [the full rundown|a full breakdown|everything] on what you [process|collect|store] about me and who you [share|shared] it with",
            "[tbh|honestly|ngl] i'm [a bit|kinda|really] worried about [privacy|my privacy|data leaks] [after the breach|after reading the news|lately]. [can|could] [you|someone] [tell me|show me] what [personal details|info] you've [collected|got stored|saved] on [me|my account]?",
            "[quick q|quick question|random question]: [do you guys|does {co}] [keep|track] my [location history|browsing|search history|purchase history]? [i'd like to|wanna] [see|view] [it|whatever you've got]",
            "[1 star|2 stars] - the app keeps asking for permissions [and|but] there's [no way|nowhere] to [see|check] what it [actually collects|has on me]. [let me see my data|show me what you've got on me|where's my data overview??]",
        ]},
        Family { intent: Access, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 star. Asked {co} [three times|weeks ago] what data they hold on me and [still nothing|zero reply]. [I want a copy of my data!|Just tell me what you've got on me!|Send me my data already.]",
            "@{co} what [personal info|data|stuff] do you [actually |]have on me? [DM me a copy pls|I want a copy of it|send it over]",
            "⭐ Decent app but [zero transparency|no transparency at all]. I [want to see|want to know] [everything|all the data] you've [collected|stored|got] about me[, location and purchase history included|]. [Where's my data report?|Still waiting on my access request.]",
            "[2 stars|⭐⭐]. Filed a [subject access request|data access request|GDPR request] a month ago, [nothing|no answer] yet. Hey {co}, [send me everything you hold on me|give me a full copy of my personal data] please.",
            "sar sent, no response. @{co} i want to know what data u have on me!!",
            "[Hey|Yo] @{co}, under GDPR I'm entitled to a copy of [my personal data|the data you process about me]. [Consider this my request.|Please send it to {email}.]",
        ]},
        Family { intent: Access, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}how do I [see|find out|check] what [data|personal data|info] you [have|hold|store] about me?",
            "can I get a copy of [all the data|the personal data|everything] you [have on me|keep about me|store about me]?",
            "is it possible to [request|get] a [copy|report|list] of [my personal data|the data {co} has on me]? [how long does it take?|]",
            "what do you [actually |]know about me? [can you send me everything you've got?|where can i see all of it?]",
            "where can i [download|see|request] a copy of my data? [cant find it in the app|looked everywhere]",
        ]},
        Family { intent: Access, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\n[I would like to|I'd like to|I want to] [request|receive|get] a copy of {data}[, including my order history and contact details|, including any profiles or preferences you've built| and the purposes you use it for|]. {acct}{verify}\n\n{sign}",
            "{greet}\n\nCould you please tell me what personal information {co} [holds|keeps|has] about me, [where it came from|how it is used] and [who it has been shared with|whether it has been passed to third parties]? {acct}\n\n{sign}",
            "{greet}\n\nI'm [writing|getting in touch] to [make|submit] a subject access request. Please send me {data}[ in electronic form| as a PDF or spreadsheet|]. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\n[Subject access request|Re: Subject Access Request|Request for access to personal data] under {law_access}\n\nI am writing to request access to the personal data that {co} processes about me. {acct} Please provide me with:\n\n1. a copy of all personal data you hold about me, in electronic form;\n2. the purposes for which it is processed;\n3. the categories of personal data concerned;\n4. the recipients or categories of recipients to whom it has been or will be disclosed, in particular recipients in third countries;\n5. the period for which it will be stored, or the criteria used to determine that period;\n6. the source of any data not collected from me directly;\n7. whether automated decision-making, including profiling, takes place, and meaningful information about the logic involved.\n\nPlease respond {deadline}.{verify}{escalate}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: [Request to know|Verifiable consumer request|Right to know request] under {law_access}\n\nI am a [California resident|customer of {co}] and I hereby request that you disclose to me the categories and specific pieces of personal information you have collected about me over the past twelve months, the categories of sources from which it was collected, the business or commercial purpose for collecting, selling or sharing it, and the categories of third parties to whom you have disclosed it.\n\n{acct} Please send the information to the address above or by email. I expect a response {deadline}.{verify}\n\n{sign_formal}",
        ]},
        Family { intent: Portability, also: &[], name: "portability", weight: 2, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nI'm moving to another provider and would like to exercise my right to data portability[ (Art. 20 GDPR)|]. Please send me {data} in a [structured, machine-readable format|machine-readable format such as CSV or JSON|CSV or JSON file]. {acct}\n\n{sign}",
            "{greet}\n\nIs there a way to export my [playlists, listening history and account details|order history and saved addresses|full account history]? I'd like a complete copy of my data [in a format I can import elsewhere|as a file I can keep]. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Request type: [Access my data|Right to know|Copy of my personal data|Subject access request]\nName: {name}\nEmail: {email}\n[State of residence: California\n|Country: United Kingdom\n|]Details: [Please send me a copy of {data}.|I want to know what you have collected about me and who you shared it with.|Full export please, including support chats and call recordings.]",
        ]},
        Family { intent: Access, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "[Ever since|Since] I [signed up|created an account] I've been seeing ads that seem to know [a lot|far too much] about me. I'd like to find out exactly what you've collected about me and who you've shared it with.",
            "After [reading about|the news about] the [data breach|security incident] I want to know which of my details are actually stored on your systems. Can you tell me?",
            "I'm curious what your app [has logged|knows] about me - location history, contacts, whatever it is. Could I see all of it?",
            "{greet} my [bank|solicitor|lawyer] has asked me for records of everything {co} holds about me. Could you put together a copy of my file?\n\n{sign}",
        ]},
        Family { intent: Access, also: &[], name: "phone_transcript", weight: 1, style: Neutral, channels: CH_PHONE, hard_negative: false, texts: &[
            "{agent}Customer: Hi, yes, I'd like to get a copy of [everything|all the information] you've got on file about me.\n{agent_verify}Agent: And do you want the call recordings included as well?\nCustomer: Yes, everything please.\n{agent_close}",
            "{agent}Customer: Hiya, I want to know what data you keep on me, I've had a letter saying my details were shared.\n{agent_verify}{agent_close}",
        ]},
        // -------------------------------------------------------------- deletion
        Family { intent: Deletion, also: &[], name: "chat_direct", weight: 6, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[please |pls |]delete my account[ and all my data| and everything associated with it| and all my info|][.|!|]",
            "i want my [data|info|information|account] [deleted|removed|erased][ asap| now| immediately| permanently|][.|!|]",
            "{hi}how do i delete my account [completely|permanently|for good][?| and all my data?]",
            "remove all my [info|data|details] from your [system|systems|database][ please|][.|]",
            "[can you|could you|pls] [wipe|erase|delete] [everything|all the info|all the data] you have on me",
            "[DELETE MY ACCOUNT|delete my account now|just delete my account][.|!|] {annoyed}",
            "[done with|leaving] {co}. [delete|remove] [my profile|me] and [all my data|everything][ pls| please|]",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[moved to|switched to|went with] [another service|a competitor|a different app] [months ago|last year|a while back]. [pls|please|can you] [get rid of|nuke|scrub] my [account|profile] [and all the info that goes with it|along with all my info|+ all my data]",
            "{hi}signed up once [for a discount code|to track one order|for a free trial] and never used it again. [don't want|i don't want] my [details|info|stuff] [sitting on your servers|floating around out there]. [can you|please] [purge|erase|scrap] [it all|the whole account]?",
            "[forget me|forget i exist] [pls|please|lol]. [i mean it,|seriously,] [close|kill] my {co} account and [wipe|get rid of] [every trace of me|all my personal info|everything tied to {email}]",
            "[after the data breach|after the leak|after what happened with the breach] i [just |]want [out|to be gone]. [erase|purge|scrub] [my profile|my account] and [my data|my personal details] [for good|permanently|entirely][, no deactivate nonsense|, not just deactivate|]",
            "where's the [actual|real] delete button[??|?] [deactivate isn't|deactivating is not] the same thing. i want the [account|profile] and [my info|my data] [gone|deleted] [for real|permanently]",
            "[review:|1 star:] [terrible service|awful experience|the app was a mess]. close my account and [erase|remove] [all my data|every bit of my info] [already|asap|please]. {annoyed}",
        ]},
        Family { intent: Deletion, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 star. [No way to delete|Can't delete] your account in the app. @{co} [delete my account|remove my profile] and all my data [now|please]!",
            "⭐ Tried to [delete|close and delete] my account but there's no button anywhere. [Please erase everything you have on me.|Delete my profile and my data, thanks.]",
            "@{co} please [delete|remove|wipe] my account [({email}) |]and [all|any] data [attached to it|you have on me]. [Not using it anymore.|Thanks.|]",
            "[Scam|Avoid]! Been waiting three weeks for you to [delete|actually delete] my account. [I want my data completely erased.|Get rid of everything you hold on me!]",
            "[0 stars if I could|1/5]. Uninstalled. [I'm requesting erasure of my account and personal data under GDPR.|Scrub my account and every bit of my data from your servers.]",
            "delete my account. now. thx @{co}",
        ]},
        Family { intent: Deletion, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}how do I delete my account? [can't find the option anywhere|the button isn't there]",
            "can you [delete|remove|close and delete] my account [and all my data|for good|permanently]?",
            "is it possible to have [all my data|my personal info|my profile] [erased|deleted|wiped] [completely|for good]?",
            "what do i have to do so you [delete|erase] my account [and everything linked to it|permanently]?",
            "where do i go to [delete|remove] my [account|profile] [completely|for good]?",
        ]},
        Family { intent: Deletion, also: &[], name: "polite_email", weight: 5, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nI no longer use [your service|my {co} account|the app] and would like [you to delete|my account closed and] all personal data associated with [it|my account|{email}]. [Please confirm once this has been done.|Could you confirm when it's done?|]\n\n{sign}",
            "{greet}\n\n[Please|Could you please|Kindly] [delete|erase|permanently remove] {data}[ from your systems| from all your systems, including backups and your marketing tools|]. {acct} [I understand you may need to keep invoices for tax purposes, but everything else should go.|]\n\n{sign}",
            "{greet}\n\nI [created an account|signed up] [a while ago|last year|years ago] [but never really used it|just to place one order]. I'd like the account and {data} deleted. {acct}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\n[Request for erasure|Re: Right to erasure|Erasure request] under {law_erase}\n\nI hereby request that {co} erase all personal data concerning me without undue delay. {acct}\n\n[The data is no longer necessary in relation to the purposes for which it was collected, and I withdraw any consent on which the processing is based.|I have closed my customer relationship with you and there is no overriding legitimate ground for continuing to process my data.] This request extends to data held by any processors acting on your behalf, and I ask that you inform any recipients to whom my data has been disclosed of this erasure, as Article 19 requires.\n\nPlease confirm in writing that my data has been erased {deadline}. If you intend to retain any data, please state which data, on what legal basis and for how long.{escalate}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Request to delete personal information under {law_erase}\n\nI am submitting a verifiable consumer request that {co} delete all personal information it has collected from me, and that it direct its service providers and contractors to do the same. {acct}\n\nPlease confirm receipt of this request within ten business days and confirm the deletion {deadline}.{verify}\n\n{sign_formal}",
        ]},
        Family { intent: Deletion, also: &[], name: "right_to_be_forgotten", weight: 2, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nI am exercising my right to be forgotten[ under the GDPR|]. Please erase {data} and confirm when it's done. {acct}\n\n{sign}",
            "{greet}\n\n[Right to be forgotten request|RTBF request|Erasure request]: {name}, {email}. Please remove me from [all your systems|your customer database, mailing lists and analytics].{verify}\n\n{sign}",
        ]},
        Family { intent: Deletion, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Request type: [Delete my personal information|Delete my data|Account deletion|Erasure (right to be forgotten)]\nName: {name}\nEmail: {email}\n[State of residence: California\n|Country: United Kingdom\n|]Details: [Please delete my account and all associated data.|Close my account and erase everything.|I no longer want an account with you.|]",
        ]},
        Family { intent: Deletion, also: &[], name: "frustrated", weight: 2, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{annoyed} [Close my account and get rid of my data.|I want my account and all my details GONE.|Delete my account. Not deactivate. DELETE.] [If this isn't done by Friday I'm reporting you.|How hard can it be?|]",
            "[your app won't let me delete my account|there's no delete button anywhere in the app|the delete account link in settings just reloads the page]. i want [it|my account] gone along with [all my data|everything you stored]",
        ]},
        Family { intent: Deletion, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "I don't want {co} to have any record of me anymore. Please make sure nothing is kept [once I leave|after I cancel].",
            "[Once|When] my last order [is delivered|has arrived], I'd like every trace of me gone from your systems - account, addresses, payment details, all of it.",
            "My [mother|father|husband|wife] passed away [last month|recently] and I'd like [her|his] account and personal details removed from your records. [I can send a copy of the death certificate.|]",
            "I [was|got] signed up [by mistake|without my knowledge|by someone else] using {email}. Please remove my email and any details linked to it from your database.",
        ]},
        Family { intent: Deletion, also: &[], name: "phone_transcript", weight: 1, style: Neutral, channels: CH_PHONE, hard_negative: false, texts: &[
            "{agent}Customer: Hi, I want to close my account and have all my details deleted, not just the account suspended.\n{agent_verify}Agent: Just so you know, you'll lose any remaining credit. Is that okay?\nCustomer: That's fine, just delete everything.\n{agent_close}",
            "{agent}Customer: Yeah hi, I've tried doing it in the app but I want all my data erased, like properly wiped.\n{agent_verify}{agent_close}",
        ]},
        // --------------------------------------------------------- rectification
        Family { intent: Rectification, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "my [name|surname|last name] is spelled wrong [in my account|on my profile], it should be {last}",
            "[can you|could you|pls] [update|fix|correct] my [date of birth|birthday] [- you have|, it says] the wrong [one|year]",
            "my [address|phone number] [on file|in my profile|in your system] is [wrong|outdated|old][, can you update it|, please correct it|]",
            "{hi}you've got my [email|name|dob] wrong in your records, [can someone fix it|please correct it][?|]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}[just|recently] moved [house|flats] and [my bill|the invoice|my parcel] [still went|went] to the old place. [can you|pls] [change|swap] [my address|it] to {d}{d} {street}, {city}[?|]",
            "got a new [phone|mobile|cell] number[ last week|]. [can u|can you|pls] [swap|change] it [on my account|in your records] so [the codes|my 2fa texts|delivery updates] [come to|go to] the new one?",
            "[there's a typo|typo] in my name on [the invoice for order {order}|my account|my membership card] - it's {first} {last}[, not whatever that is lol|, pls amend|]",
            "[got married|just got married|changed my name after the divorce] so [i'm|im] {first} {last} now. [how do i|can you] [update|change] the name [on my account|you have for me][?|]",
            "[the app|your system] [has my birth year wrong|thinks i'm under 18|has the wrong age for me] [so|and] [it won't let me check out|i keep getting blocked]. my [actual|real] birthday is {date} - [fix it pls|can you correct it?]",
            "[your records still show|my account still shows] my [maiden name|old surname|old work email|old address from uni]. [that's|it's] been [out of date|wrong] for [ages|years]. [please amend|can you bring it up to date|update it pls]",
        ]},
        Family { intent: Rectification, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 star. My profile shows [the wrong address|a wrong date of birth|my old surname] and the app won't let me [change|edit] it. @{co} please fix it!",
            "@{co} you've got my name [spelled wrong|wrong on my account], it's {name}. [Please correct it.|Can you update it?]",
            "⭐⭐ Moved [months ago|ages ago], new address is {d} {street}, but you keep [shipping|sending stuff] to the old one. [Update my address please!|I want my details corrected.]",
            "my phone number on file is [outdated|old], please change it to the new one. cant do it in the app #fail",
            "[For months|Forever] my birthday has been [wrong|incorrect] on my account. [It's {date}.|The right one is {date}.] [Please correct my personal data.|Fix it already!] [2 stars|⭐⭐]",
        ]},
        Family { intent: Rectification, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}how do I [change|update|fix] my address? you [still have my old one|have the wrong one][, new one is {d}{d} {street}|]",
            "can you [correct|fix] my date of birth? [it's wrong on my account|you have it wrong]",
            "is it possible to [fix|correct] my name? [it's spelled wrong|there's a typo in it] [on my account|in your records]",
            "where can I [update|change] my phone number? the one you have is [old|wrong|not mine anymore]",
            "what do i need to do so you [correct|fix] [my details|my address|my name] in your system? [i moved|it's out of date]",
        ]},
        Family { intent: Rectification, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nThe [date of birth|phone number|postal address|surname] stored in my account is [incorrect|out of date|wrong]. [It is currently|You have it as] [shown with a typo|an old one|listed incorrectly]; [please correct it|could you please update it] to [the details below|what I've written below].\n\n[New address: {d}{d} {street}, {city}|Correct date of birth: {date}|Correct phone number: +1 555 {d}{d}{d} {d}{d}{d}{d}|Correct name: {name}]\n\n{acct}\n\n{sign}",
            "{greet}\n\n[I recently got married|I changed my name legally|I've moved house] and [your records|my account details] still show [my old name|my previous address]. Please [update|correct] {data} [accordingly|so it's accurate]. {acct}\n\n{sign}",
            "{greet}\n\nYour [credit check|customer record|invoice] lists me as living at an address I [left|moved out of] [two|three|several] years ago, which is causing problems. Please [rectify|correct] this. {acct}\n\n{sign}",
        ]},
        Family { intent: Rectification, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Request for rectification under Article 16 [GDPR|of the UK GDPR]\n\nI have become aware that personal data {co} holds about me is inaccurate. Specifically, [my date of birth is recorded incorrectly|my name is misspelt in your records|my address is out of date|you hold an incorrect record of a missed payment]. {acct}\n\nI request that you rectify this data without undue delay and, where relevant, complete any incomplete data. Please also notify any third parties to whom the inaccurate data has been disclosed, and confirm to me in writing once the correction has been made.{verify}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[], name: "web_form", weight: 1, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Request type: [Correct my data|Rectification|Update inaccurate information]\nName: {name}\nEmail: {email}\nDetails: [My surname is misspelled.|Date of birth is wrong, should be {date}.|Address on file is outdated.|You have the wrong phone number for me.]",
        ]},
        Family { intent: Rectification, also: &[], name: "phone_transcript", weight: 1, style: Neutral, channels: CH_PHONE, hard_negative: false, texts: &[
            "{agent}Customer: Hi, you've got my date of birth wrong on my account and it's messing up the age check.\n{agent_verify}Agent: I see. What should it be?\nCustomer: {date}.\n{agent_close}",
        ]},
        // ---------------------------------------------------------- opt_out_sale
        Family { intent: OptOutSale, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "do not sell my [personal |]info[rmation|][ please|.|]",
            "[please |]stop [selling|sharing] my data [with|to] [third parties|advertisers|data brokers|your partners]",
            "opt me out of [the sale of my data|data sharing for ads|targeted advertising|cross-site ad tracking]",
            "{hi}where's the do not sell [link|button|option]? i [want to|wanna] opt out",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[ever since|since] i [signed up with|ordered from] {co} i'm getting [junk mail|spam calls|random offers] from [companies|brands] i've never heard of. [are you|r u] [selling|flogging|passing on] my [details|info]? [don't pass my details on to anyone else|quit selling my info]",
            "[just read|read] [your privacy policy|the fine print] and [apparently|turns out] you [hand|pass] customer data to [\"partners\"|data brokers|ad networks]. [count me out|not with my data|leave me out of that]",
            "[california resident here|i'm in CA] - [i'm opting out of|opt me out of] [you selling|any sale or sharing of] my [personal info|data][, ad partners included|, that includes ad partners|]",
            "[how did|how tf did] [a data broker|some random marketing company|a people-search site] [get|end up with] my [email|address|phone number]? [only ever gave it to you|i only gave it to {co}]. [stop passing my data on|keep my info in house from now on|no more handing my details to third parties]",
            "[not cool|uncool] that my [shopping habits|purchase history|app data] [ends up with|gets sent to] [facebook|meta|google|advertisers]. [turn off the data sharing|stop sharing it] for [my account|{email}][ pls| please|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 star. [Since I signed up|Ever since I installed this] I get ads from companies I've never heard of. @{co} stop [selling my data|sharing my data with third parties|passing my info to advertisers]!",
            "@{co} I do not want my data [sold|shared|passed on] to [partners|advertisers|data brokers|third parties]. [Opt me out.|Please turn that off for my account.]",
            "⭐ Your privacy policy says you [share|sell] user data with [ad networks|partner companies]. [Do not sell or share my personal information.|Keep my data to yourselves.|Not with my data!]",
            "do not sell my data!! dont share it with anyone either. 2 stars",
            "[Good app|Solid app], but: [I don't want {co} sharing my data with other companies.|my data belongs to me, not to some data broker.] [Please opt me out of any sale or sharing.|Stop passing it on.]",
            "Just found out [a data broker|some marketing company] has my info from you. @{co} stop selling my data immediately!",
        ]},
        Family { intent: OptOutSale, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}do you sell my data [to other companies|to third parties|to advertisers]? [if so how do i stop it?|can you not?]",
            "how do I stop you [sharing|selling|passing on] my [data|info] to [partners|third parties|advertisers]?",
            "can I opt out of [the sale of my data|my data being sold|you sharing my data with other companies]?",
            "what do I have to do so you don't [sell|share] my [info|personal data] with [data brokers|ad companies|your partners]?",
            "where's the [do not sell|do not sell or share my info] [option|link|setting]? [can't find it|]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "ccpa_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nUnder the [CCPA|CPRA|California Consumer Privacy Act], I am opting out of the sale and sharing of my personal information, including for cross-context behavioral advertising. {acct} Please also pass this opt-out on to any third parties you have sold or shared my data with.\n\n{sign}",
            "{greet}\n\n[I'm a California resident and|] I do not want {co} to sell or share my personal information. Please record my opt-out[ and confirm|]. {acct}\n\n{sign}",
            "{greet}\n\nPlease don't share or sell my data to [advertising partners|third parties|data brokers] any more. [I found my details on a marketing list I never signed up to.|I only want my data used to deliver my orders.] {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutSale, also: &[], name: "web_form", weight: 2, style: Formal, channels: CH_FORM, hard_negative: false, texts: &[
            "Request type: [Do Not Sell or Share My Personal Information|Opt out of sale/sharing|Opt out of targeted advertising]\nName: {name}\nEmail: {email}\n[State of residence: California\n|State of residence: Colorado\n|State of residence: Virginia\n|]Details: [|Please opt me out.|Apply to all devices linked to my account.]",
        ]},
        Family { intent: OptOutSale, also: &[], name: "gpc_indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "I've had Global Privacy Control [switched on|enabled] in my browser [for months|all along] and your site still [passes|shares] my browsing data with ad partners. Treat this message as my opt-out of any sale or sharing of my data.",
            "Why is my [purchase history|location data] ending up with [advertisers|data brokers]? I never agreed to that. Stop [sharing|selling] it, please.",
            "I [don't mind|am fine with] you using my data to run my account, but I do not want it [sold|shared] to anyone for advertising. Please make sure of that.",
        ]},
        // ----------------------------------------------------- opt_out_marketing
        Family { intent: OptOutMarketing, also: &[], name: "chat_direct", weight: 5, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[unsubscribe|unsubscribe me|please unsubscribe me][.|!|]",
            "stop [emailing|texting|spamming] me[.|!|!!| please| pls]",
            "[pls |please |]stop sending me [promo|marketing|promotional] [emails|texts|sms|messages][.|]",
            "take me off your [mailing list|email list|marketing list][ please|.|]",
            "{hi}how do i [stop|turn off] the [promo emails|newsletters|marketing notifications][?|]",
            "[STOP|Stop|stop|STOP ALL|Unsubscribe]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[my inbox is|inbox is] [drowning in|full of|flooded with] your [deals|sale emails|offers] [lol|smh|ffs]. [opt me out of|remove {email} from] [the promos|all the marketing|the newsletter][ please|]",
            "the [unsubscribe|opt-out] link [is broken|doesn't work|just 404s] and [i'm still getting|still getting] [the newsletter|your promos|daily deals]. [can you|pls] [do it manually|remove me on your end][?|]",
            "[no more|enough with the] [sales calls|promo texts|marketing calls][ please|!|]. [i'll|ill] [come to you|shop] when i [need something|want something], [don't ring me|stop texting my number] with [offers|deals]",
            "{hi}[i only want|only want] [order updates|receipts|shipping notifications] from you, not [the marketing stuff|the promo spam|discount blasts]. [how do i opt out of|can you switch off] [those|the marketing ones][?|]",
            "bought [something|one thing|a gift] [once|one time] and [now|ever since] i get [3|4|5] [promo emails|marketing mails|sale texts] a day. [cut it out|knock it off|enough]. [no more marketing to {email}|opt me out]",
            "[review:|2 stars -] [decent app|good prices] but [getting promo pushes all day|the nonstop sale spam|the flood of ad notifications] [is driving me nuts|is way too much]. [give me a way to|let me] [opt out of marketing|turn off promos] [pls|already]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 star. [Spam|Promo emails|Three newsletters] from {co} every single day. [Unsubscribe doesn't work!|I want to unsubscribe!] [Stop sending me marketing.|Take me off your mailing list.]",
            "@{co} please [no more promo emails|no more newsletters|no more marketing texts] to {email}. Thanks.",
            "⭐ The unsubscribe link in your newsletter [is broken|goes nowhere]. I want [off your mailing list|no more marketing emails]!",
            "cant unsubscribe from the newsletter. i want NO more ads in my inbox. 1 star",
            "[Annoying|Super annoying]: [constant|nonstop] sales calls and SMS offers even though I [never opted in|never asked for them]. @{co} [remove me from your marketing lists|stop contacting me with offers]!",
            "[2 stars|⭐⭐] because of the [spam|flood of emails]. [Please unsubscribe me from all marketing emails.|I object to my data being used for direct marketing.] [The app itself is fine.|]",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}how do I [unsubscribe from|stop getting] your [newsletter|marketing emails|promo emails]?",
            "can you [stop sending me|take me off the list for] [marketing emails|offers|promo texts]?",
            "how do i turn off the [promo texts|sms offers|sales calls]? [they're driving me mad|]",
            "where do I unsubscribe from [the emails|your newsletter|the offers]? [the link at the bottom doesn't work|]",
            "what do I have to do so you [stop emailing me ads|don't send me any more promotions|take me off your mailing list]?",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nPlease remove {email} from all your marketing lists. I've clicked unsubscribe [twice|several times|more than once] but I [still get|keep getting] your [newsletters|promotional emails|offers]. {annoyed}\n\n{sign}",
            "{greet}\n\nI'd like to stop receiving [marketing emails|promotional texts|sales calls|newsletters and offers] from {co}. [I'm happy to keep getting order updates.|Service emails about my orders are fine.|] {acct}\n\n{sign}",
            "{greet}\n\n[Your sales team|Someone from {co}] [keeps|has been] calling me [about upgrades|with offers]. Please put my number on your do-not-call list and stop all marketing contact.\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "formal_objection", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Objection to direct marketing under Article 21(2) [GDPR|of the UK GDPR]\n\nI object to the processing of my personal data for direct marketing purposes, including any profiling related to such marketing. Under Article 21(3), my personal data must no longer be processed for these purposes. This objection covers email, post, telephone and SMS. {acct}\n\nPlease confirm that you have suppressed my details from all marketing activity {deadline}.\n\n{sign_formal}",
        ]},
        Family { intent: OptOutMarketing, also: &[], name: "phone_transcript", weight: 1, style: Neutral, channels: CH_PHONE, hard_negative: false, texts: &[
            "{agent}Customer: Hi, I keep getting [calls|texts] from your sales people and I want it to stop.\n{agent_verify}Agent: I'll remove you from our marketing lists, you may still get service messages about your account.\nCustomer: That's fine.\n{agent_close}",
        ]},
        // ---------------------------------------------------- consent_withdrawal
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "i [withdraw|revoke] my consent [to|for] [tracking|data processing|cookies|location tracking][.|!|]",
            "[turn off|disable] all [tracking|analytics] on my account[ please|]",
            "i don't consent to [you|{co}] using my data for [profiling|personalisation|personalized recommendations|analytics] [anymore|any more][.|]",
            "[please |]stop [tracking|collecting] my location[. i never agreed to that| - i've revoked the permission|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "i [said yes|agreed] to [you using my photo|my pics being used|my photos being featured] [on your insta|on the website|in the gallery] [back then|last year] but [i've changed my mind|not ok with it anymore]. [please take that permission back|consider it withdrawn|i'm taking that back]",
            "[accidentally|misclicked and] hit [\"accept all\"|accept all] on the cookie [banner|popup]. [how do i|where do i] [undo that|take it back|change it to reject]?",
            "{hi}[i opted in to|i signed up for] [the research program|the health study|sharing my step data] [in the app|a while ago]. [want to|i'd like to] [opt back out|back out|pull out]. [not ok with|don't want] you [using|processing] my [health data|heart rate data|sleep data] [anymore|going forward]",
            "[does your app|does the app] still [record|store] my [voice|calls|voice commands] [to train the ai|for \"quality\"]? i [agreed|said ok] [once|at setup], [now i'm revoking that|but i'm taking that consent back]",
            "[no longer|not] [comfortable|okay] with the [personalised feed|personalization|location-based features] [using my data|tracking me]. [pulling|taking back] my [permission|consent|ok] for that[, thx|, pls confirm|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 star. The app [keeps asking for|constantly grabs] my location. [I'm withdrawing my consent to location tracking|I revoke my permission for location tracking], @{co} respect that.",
            "@{co} I [agreed to|accepted] [the tracking cookies|analytics|ad tracking] back then but [I take that back|I'm withdrawing it now]. [Consent withdrawn.|Please record my withdrawal.]",
            "⭐⭐ You're using my [photos|pictures] in ads on Instagram. [I withdraw my permission for that!|Consider my consent for that revoked!]",
            "withdraw my consent for you to use my health data from the fitness tracker. dont want it processed anymore",
            "[When I set it up|During sign-up] I [accidentally|blindly] [agreed to everything|said yes to personalisation]. [I'm withdrawing my consent to personalised profiling.|Please revoke my consent for analytics.] [3 stars|⭐⭐⭐]",
            "[You are no longer allowed to|Don't] use my voice recordings. @{co}, I [withdraw|revoke] my consent [for that|to their use]. [1 star.|]",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}how do I [withdraw|take back] my consent for [location tracking|you using my location]?",
            "can I [withdraw|revoke|take back] the consent I gave for [cookies and tracking|you to use my photos|you to use my health data]?",
            "is it possible to [withdraw|pull] my consent to [the personalisation|the analytics|call recordings] [I agreed to when I signed up|I gave earlier]?",
            "where can I [revoke|withdraw] my [consent|permission] for [using my photos|tracking my location|processing my health data]?",
            "what do I do to [take back|withdraw] the [permission|consent] I gave you [to track me|to use my voice recordings|to use my fitness data]?",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "polite_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nI am withdrawing the consent I gave for [the processing of my data for personalised advertising|my data to be used for research|location tracking in your app|the use of cookies and similar technologies][ (Art. 7(3) GDPR)|]. Please stop this processing [with immediate effect|from now on]. {acct}\n\n{sign}",
            "{greet}\n\nWhen I [signed up|registered] I ticked the box allowing you to [use my data for analytics|share insights with partners|record calls for training]. I've changed my mind and [withdraw|revoke] that consent. {acct}\n\n{sign}",
            "{greet}\n\nI no longer consent to {co} [profiling me based on my purchases|using my data for your loyalty analytics|sharing my data with your advertising partners]. Please take this as the withdrawal of my consent and stop that processing. {acct}\n\n{sign}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: [Withdrawal of consent under Article 7(3) GDPR|Withdrawal of consent under Article 7(3) of the UK GDPR|Withdrawal of consent]\n\n[I hereby withdraw all consents I have given to {co} for the processing of my personal data, with effect from the date of this letter.|I hereby withdraw my consent to the processing of my personal data for [personalised advertising|profiling|research and analytics|location tracking], with immediate effect.] {acct}\n\nPlease confirm in writing which processing activities have been stopped and whether any data continues to be processed on another legal basis. I expect your response {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "indirect", weight: 2, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "I never agreed to you using my [voice recordings|photos|chat history] to train your AI. Please stop using them.",
            "I only [signed up|agreed] because [the cookie banner had no reject button|the form wouldn't let me continue otherwise]. I don't want my data used for anything but my account. Consider my consent withdrawn.",
            "[Please|Can you] stop [using my fitness data|analysing my listening habits|reading my purchase history] for [recommendations|partner offers|ads]? I'm not okay with it.",
            "I ticked [the box|a box] agreeing to [data sharing with partners|personalised ads|my data being used for research] when I signed up. I've changed my mind: I take that consent back.",
        ]},
        Family { intent: ConsentWithdrawal, also: &[], name: "phone_transcript", weight: 1, style: Neutral, channels: CH_PHONE, hard_negative: false, texts: &[
            "{agent}Customer: Hi, I agreed to some data sharing thing when I signed up and I want to take that back.\n{agent_verify}Agent: Okay, I'll withdraw that consent on your account now.\n{agent_close}",
        ]},
        // ------------------------------------------------------------ restriction
        Family { intent: Restriction, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nThe [address|date of birth|payment record] you hold for me is wrong and I have asked you to correct it. Until this has been checked, please restrict the processing of my data[ under Article 18 GDPR|]: keep it stored, but do not use it for anything else. {acct}\n\n{sign}",
            "{greet}\n\nPlease do not delete my account data yet: I need it for [a legal claim|a dispute with my insurer|a complaint I am preparing]. Instead, I ask you to restrict its processing[ (Art. 18(1)(c) GDPR)|] so that it is kept but not otherwise used. {acct}\n\n{sign}",
        ]},
        // -------------------------------------------------------------- objection
        Family { intent: Objection, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nI object to the processing of my personal data [for your fraud scoring and analytics|for product improvement on the basis of your legitimate interests|in your customer segmentation][ under Article 21(1) GDPR|]. [I have been a victim of identity theft|I work in a sensitive role|I am in a dispute with a former partner who works in this sector], and I do not believe your interests override mine. Please stop this processing. {acct}\n\n{sign}",
            "{greet}\n\nYour privacy notice says you process my data on the basis of your legitimate interests. I object to that processing[ (Art. 21 GDPR)|] and ask you to stop unless you can demonstrate compelling legitimate grounds. {acct}\n\n{sign}",
        ]},
        // ----------------------------------------------------- automated_decision
        Family { intent: AutomatedDecision, also: &[], name: "polite_email", weight: 3, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nMy [application for a credit account|loan application|request to pay by invoice] was [rejected|declined] within seconds, apparently by an algorithm. I do not want to be subject to a decision based solely on automated processing[ (Article 22 GDPR)|]. Please have a person review my application and explain how the decision was reached. {acct}\n\n{sign}",
            "{greet}\n\nMy account was [suspended|blocked|flagged] by your automated fraud system without anyone looking at it. I ask for human intervention and the chance to contest this decision[ under Art. 22(3) GDPR|]. {acct}\n\n{sign}",
        ]},
        // ------------------------------------------- deletion, under the law, plainly
        Family { intent: Deletion, also: &[], name: "legal_email", weight: 4, style: Neutral, channels: CH_EMAIL, hard_negative: false, texts: &[
            "{greet}\n\nUnder the CCPA I request that you delete my personal information[ and direct your service providers to do the same|]. {acct}\n\n{sign}",
            "{greet}\n\nUnder the [GDPR|UK GDPR] I am asking you to delete [my personal data|all personal data you hold about me|my account and all data linked to it]. {acct} Please confirm once this is done.\n\n{sign}",
            "{greet}\n\n[Pursuant to|In accordance with|Under] [Article 17 of the GDPR|Article 17 of the UK GDPR|the California Consumer Privacy Act|Cal. Civ. Code § 1798.105], please erase {data}[ without undue delay|]. {acct}{verify}\n\n{sign}",
            "{greet}\n\nI'm a California resident and I'm exercising my right to delete under the [CCPA|California Consumer Privacy Act]. Please delete all personal information {co} has collected about me. {acct}\n\n{sign}",
        ]},
        // ------------------------------------------------ rectification, formal
        Family { intent: Rectification, also: &[], name: "legal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Right to rectification - Article 16 [GDPR|of the UK GDPR]\n\nThe personal data {co} holds about me is inaccurate. [My date of birth is recorded as {date}, which is wrong.|My surname is misspelt throughout your records; the correct spelling is {last}.|Your records show an overdue balance on my account, which I paid in full on {date}.|You still hold my former address; I now live at {d}{d} {street}, {city}.] {acct}\n\nUnder Article 16 I am entitled to have inaccurate personal data concerning me rectified without undue delay, and incomplete data completed. Please correct your records, inform every recipient to whom the data has been disclosed (Article 19), and confirm the correction in writing {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Request to correct inaccurate personal information (Cal. Civ. Code § 1798.106)\n\nUnder the California Consumer Privacy Act as amended by the CPRA, I request that {co} correct inaccurate personal information it maintains about me. [The email address on my account is out of date.|My name is recorded incorrectly.|My account wrongly shows me as living outside California.] {acct} I can provide documentation supporting the correction if needed.\n\nPlease use commercially reasonable efforts to correct the information and confirm {deadline}.\n\n{sign_formal}",
        ]},
        // ------------------------------------------------- opt_out_sale, formal
        Family { intent: OptOutSale, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Request to opt out of the sale and sharing of my personal information (Cal. Civ. Code §§ 1798.120 and 1798.135)\n\nI am a California resident. Under section 1798.120 of the California Consumer Privacy Act, as amended by the CPRA, I direct {co} not to sell or share my personal information, including for cross-context behavioral advertising. {acct}\n\nPlease also notify any third parties to whom you have sold or shared my personal information in the past 90 days, and do not ask me to opt back in for at least twelve months. I expect this request to be honored within 15 business days.\n\n{sign_formal}",
        ]},
        // ------------------------------------------------------------ portability
        Family { intent: Portability, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}can i [download|export|get] my data in [a machine-readable format|csv or json|a file i can import somewhere else][?| please?]",
            "[i'm|im] switching to [another provider|a different bank|another app] - can you [send|transfer] my [data|account history|playlists and history] [straight to them|to them directly][?|]",
            "[need|want] a [portable|machine-readable] copy of my data[ (csv pls)| so i can move it elsewhere|]",
        ]},
        Family { intent: Portability, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[leaving for|moving to] [another streaming app|a new music service|another fitness app] [next month|soon]. [is there a|any] way to [take|bring] my [playlists|workout history|library] with me [as a file|in a format the new one can import][?|]",
            "{hi}[switching|moving] [banks|energy suppliers|mobile networks] [at the end of the month|soon]. [can|could] you [pass|hand over|transfer] my [account data|usage history|transaction history] to [the new one|them] [so i don't start from scratch|so i don't have to re-enter everything][?|]",
            "[need|want] [all my|my] [orders|posts and photos|contacts] in a [spreadsheet|csv|json file] [so i can|to] [import|upload] them [somewhere else|into another service]. [is that a thing?|how?|doable?]",
            "[migrating|moving] [everything|my stuff] off {co}. [send|give] me a [full data dump|bulk export] [in json or csv|i can load into the new platform][ please| pls|]",
            "[data portability|portability request] pls - [the stuff i uploaded|my profile + history] as a [machine readable|structured] file to {email}. [taking it to a competitor|moving to another provider][ no offence| sorry|]",
        ]},
        Family { intent: Portability, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 star. Want to switch to another provider but [there's no export|you can't export anything]. @{co} give me my data as a [CSV|JSON file|file]!",
            "@{co} how do I get [my playlists|my workout data|my whole history] as a [CSV|JSON] file so I can move it to another service?",
            "⭐ No data export? Seriously? I [want|need] my data in a machine-readable format, [right to data portability|GDPR article 20]!",
            "please transfer my data straight to my new provider, cancelled and switching. 2 stars",
            "[Switching|I'm switching] providers and [want|need] to take [my contacts|my photos|my customer data] with me. @{co} please send me [a full export|an export file] [as CSV or JSON|in JSON].",
            "[2 stars|⭐⭐]. [Moving my data|Porting my data] to another service is [impossible|blocked on purpose]. I want [all my data as a file|an export of my data] so I can import it [somewhere else|into the new app].",
        ]},
        Family { intent: Portability, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}how do I [export|download] my data as a [CSV|JSON|file] so I can move to [another service|a different provider]?",
            "can you [send|transfer] my data [straight |directly |]to my new provider? [i'm switching|]",
            "is it possible to get [all my data|my account data] in a [machine-readable format|CSV|JSON file] [to take to another service|so I can switch]?",
            "where can i [export|download] my [data|history] [as a file|in csv|in json]? [moving to another app|switching providers]",
            "do you have a [data export|export option] so I can [take my data|move my stuff] to [another service|a competitor]?",
        ]},
        Family { intent: Portability, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\n[Re: Request for data portability under Article 20 [GDPR|of the UK GDPR]|Data portability request (Article 20 GDPR)]\n\nI am writing to exercise my right to data portability under Article 20 of the [General Data Protection Regulation|UK GDPR]. {acct}\n\nPlease provide the personal data I have provided to {co}, including [my account details, order history and saved preferences|my profile, transaction history and uploaded content|my usage history and settings], in a structured, commonly used and machine-readable format such as CSV or JSON.[ Where technically feasible, please transmit the data directly to my new provider, whose details I will supply on request.|]\n\nPlease comply with this request {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Request for a portable copy of my personal information (Cal. Civ. Code § 1798.130)\n\nI am a California resident. Under the California Consumer Privacy Act, I request that you provide the specific pieces of personal information you have collected about me in a portable and, to the extent technically feasible, readily usable format that allows me to transmit it to another entity without hindrance. {acct}\n\nPlease respond {deadline}.{verify}\n\n{sign_formal}",
        ]},
        // ------------------------------------------------------------ restriction
        Family { intent: Restriction, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[please |]don't [use|process] my data until [you've fixed|you sort out] [the wrong address|my date of birth|the billing mistake]",
            "can you [freeze|put a hold on|restrict] [my account data|the processing of my data] [while|until] [the dispute|my complaint] is [sorted|resolved][?|]",
            "limit the use of my sensitive [personal |]info[rmation|][ please|]. [only use it for my orders|not for ads or anything else]",
            "I'd like you to [pause|stop] processing my data until you've sorted out the [wrong address|mistake in my file|dispute about my account]. Don't use it for anything in the meantime.",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[i'm|im] [disputing|fighting] [that charge|the invoice for order {order}|the late fee] with you. [until that's|till it's] [settled|sorted], [lock|put on ice] my data - [keep it|don't delete it], just [don't do anything with it|don't touch it]",
            "{hi}[please|pls] [don't delete|do NOT delete] [my account|the chat logs|my records] - [my lawyer|my solicitor] [needs|might need] them [for a claim|for court]. [but in the meantime|meanwhile] [no using them|don't use them for anything else]",
            "[you've got|you have] my [income|address|credit history|date of birth] wrong and i've [complained|flagged it]. [while you check|till you've checked it], [park|block] my [info|data] - [not erase|no erasing], just no processing[ pls|]",
            "[hold off on|stop] [using|processing] my data [for now|until further notice][ please|]. you can [keep|store] it, [i'm not asking for deletion|not asking you to delete it], but [nothing else|no other use] until [my complaint|my objection] is [decided|dealt with]",
            "[your email says|got an email saying] you'll [delete|purge] my [old records|account data] [soon|next week]. [don't|please don't] - [i need it as evidence|it's evidence in a dispute]. [just mark it restricted|freeze it instead] and [leave it alone|don't use it]",
        ]},
        Family { intent: Restriction, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 star. [While|As long as] my [complaint|billing dispute] is [open|ongoing], you're not allowed to use my data. @{co} [freeze it|restrict processing|put it on hold] please, but do NOT delete it!",
            "@{co} my [address is|details are] wrong. [Until that's sorted|While you check it] please [restrict processing|don't do anything with my data]. [Don't delete it!|I'm not asking you to delete it.]",
            "⭐ I still need my data [for a legal claim|as evidence in my lawsuit|for my lawyer], so [don't delete it|keep it], but [stop using it|stop processing it] for now. [Restriction of processing, art. 18!|]",
            "freeze my data pls, dont delete it. not until the dispute with you is settled. 2 stars",
            "[2 stars|⭐⭐]. [I disputed the charge|There's a dispute over a wrong payment] and I [demand|want] my data [blocked|locked] [until then|for now]: no processing, but no deletion either.",
        ]},
        Family { intent: Restriction, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}can you [freeze|block|put a hold on] my data [for now|while this is sorted out], [not delete it|without deleting it]?",
            "is it possible to [restrict|pause|stop] the processing of my data while you check [whether it's correct|my complaint]? [don't delete it though|please don't delete anything]",
            "how do I get you to [keep|hold on to] my data but [stop using it|not do anything with it]? [I need it for a legal claim|it's for a dispute with you]",
            "what do I have to do so you [stop using|stop processing] my data [during the dispute|until it's checked]? [not delete, just freeze it|keep it, just don't use it]",
            "can my [data|account data] be [frozen|locked|blocked] [instead of deleted|but kept] so you [stop using it|can't process it] for now?",
        ]},
        Family { intent: Restriction, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Request for restriction of processing under Article 18 [GDPR|of the UK GDPR]\n\nI contest the accuracy of the personal data {co} holds about me, in particular [my postal address|my date of birth|the record of an unpaid balance]. {acct} Under Article 18(1)(a) I request that you restrict the processing of my personal data for the period needed to verify its accuracy.\n\nWhile the restriction applies, my data may be stored but not otherwise processed without my consent, except for the establishment, exercise or defence of legal claims. Please inform me before the restriction is lifted, as Article 18(3) requires, and confirm the restriction {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Restriction of processing - Article 18(1)(c) GDPR\n\nI understand that you intend to delete [my account history|the recordings of my calls|my transaction records] because you no longer need them. I need this data for the establishment, exercise or defence of a legal claim against [a third party|my former employer|my insurer]. I therefore ask you not to erase it but to restrict its processing under Article 18(1)(c) until the matter is concluded. {acct}\n\nPlease confirm {deadline}.{escalate}\n\n{sign_formal}",
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Request to limit the use and disclosure of my sensitive personal information (Cal. Civ. Code § 1798.121)\n\nUnder the California Consumer Privacy Act as amended by the CPRA, I direct {co} to limit its use and disclosure of my sensitive personal information, including my [precise geolocation|health information|financial account details], to what is necessary to provide the goods and services I have requested. {acct}\n\nPlease confirm {deadline}.{verify}\n\n{sign_formal}",
        ]},
        // -------------------------------------------------------------- objection
        Family { intent: Objection, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "i object to you [using|processing] my data for [your analytics|fraud scoring|research|\"legitimate interests\"]. [stop it|please stop]",
            "{hi}how do i object to [the legitimate interest processing|being profiled for your analytics][?|] your privacy policy says i can",
            "stop [analysing|processing] my [usage|browsing|location] data for your own [purposes|research], i [object|don't agree to it]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[your privacy policy|the privacy notice] says you [build a profile on users|analyse behaviour] [based on|under] \"legitimate interest\". [not for me thanks|count me out]. [i'm objecting to that|formal objection from me|consider this my objection]",
            "{hi}why [is my data being shared|do you share my data] [with the rest of the group|with your sister companies|across the whole {co} group][?|??] [nobody asked me|i never asked for that]. i object to [that|it][ - stop please|, please stop|]",
            "[creepy|kinda creepy] that [the app|{co}] [watches|logs] [every tap|how i use it|my clicks] for [\"product insights\"|stats|analytics]. [i object to that processing|objection raised], [leave my data out of it|keep my usage data out of your analysis]",
            "[your fraud check|the risk scoring|your credit scoring] [keeps flagging me|flags me every time][ for no reason|, even after years as a customer|]. [i object to|i'm objecting to] my [data|info] being [run through|used for] [that scoring|it][ - my situation is special|, i've had my identity stolen before|]",
            "[do not|don't] [profile|analyse|segment] me [pls|please]. [i've|i have] [a stalker|had my identity stolen|a public job] so i [really |]don't want [my movements|my data] [analysed|crunched] under your \"legitimate interests\". [objecting|i object]",
        ]},
        Family { intent: Objection, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 star. [You build profiles of me|You analyse my usage behaviour] for your [so-called|own] legitimate interests? [I object!|I object to that.] @{co} stop it.",
            "@{co} [I object to profiling|I object to the behavioural analysis|I object to the analysis of my shopping habits] based on my data.",
            "⭐⭐ Your privacy policy says you [share my data within the group|use my data for analytics] on the basis of \"legitimate interest\". [Not with me: I object.|I'm formally objecting to that under art. 21 GDPR.]",
            "i object to your profiling. i dont want you analysing how i use the app. 1 star",
            "[Interesting|Funny] that {co} [analyses my purchases|tracks my browsing] [for fraud scoring|to build a risk profile]. [I object to this processing|I hereby object to this processing][ on grounds relating to my particular situation|]. [2 stars|⭐⭐]",
        ]},
        Family { intent: Objection, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}how do I object to [profiling|you profiling me|the analysis of my behaviour]?",
            "can I object to you [analysing my shopping habits|using my data for profiling|building a profile of me]?",
            "is it possible to object to [my data being shared within your group|my data being used for your analytics|your credit scoring]? [don't see any legitimate interest|]",
            "what do i have to do so you [stop analysing my behaviour|don't profile me anymore|stop using my data for analytics]? [i object to it|]",
            "where do I [object to|opt out of] [profiling|behaviour tracking for analytics|fraud scoring] based on your legitimate interests?",
        ]},
        Family { intent: Objection, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Objection to processing under Article 21(1) [GDPR|of the UK GDPR]\n\nYour privacy notice states that {co} processes my personal data for [analytics and product development|fraud prevention scoring|customer segmentation|the publication of customer reviews] on the basis of its legitimate interests under Article 6(1)(f). I object to this processing on grounds relating to my particular situation: [I have been the victim of identity theft and want as little processing of my data as possible|I work in a profession where my whereabouts must remain confidential|the processing has caused me considerable distress]. {acct}\n\nUnder Article 21(1), you must stop processing my data for these purposes unless you demonstrate compelling legitimate grounds that override my interests, rights and freedoms. Please confirm that the processing has stopped, or set out those grounds, {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // ----------------------------------------------------- automated_decision
        Family { intent: AutomatedDecision, also: &[], name: "chat_direct", weight: 4, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "my [application|loan|account] got [rejected|declined|blocked] by [a bot|your algorithm|an automated system]. i want a real person to [look at it|review it]",
            "{hi}was [this decision|my credit limit] made automatically? i want a human review[ please|]",
            "i don't want [decisions about me made by an algorithm|to be scored by your ai]. [can a human check this|who do i talk to]?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_context", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[loan|finance|pay-later] [denied|declined] in like [2|3|5] seconds with [zero|no] explanation. [no way|there's no way] a person [looked at that|read my application]. [i want to appeal|appealing this] - [get an actual human to check it|have an actual human go over it]",
            "{hi}[my account|my seller account|my card] [got|was] [locked|suspended|frozen] [out of nowhere|overnight] [\"by our system\"|by some automated check]. [can|could] [a real person|someone human] [review|look at] it and [explain|tell me] what [triggered it|the system based that on][?|]",
            "[computer says no|the algorithm says no] [lol|apparently|ffs]. [got rejected|rejected] for [buy now pay later|a credit limit increase|the rental] even though [my credit is fine|i've never missed a payment]. [i'm contesting this|i want to contest it] - [put a human on it|have a person re-check it]",
            "[how come|why] [my quote|my premium|the price i get] [is|was] [way higher than|double] what [my friend got|my partner pays]? if [an algorithm|your pricing model] [set it|decided that], [explain the logic|i want to know how it works] and [have someone actually review it|let a person review it]",
            "[applied for|put in an application for] [the job|the flat|an account] and got an [auto-rejection|automated rejection] [within minutes|at 3am]. [pretty sure|i'm guessing] no human saw it. [i'd like|requesting] a [manual review|human review] [of that decision|please]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "app_review", weight: 2, style: Casual, channels: CH_REVIEW, hard_negative: false, texts: &[
            "1 star. [Credit|Buy now pay later|Financing] [refused in seconds|automatically rejected], [no reason given|no human ever looked at it]. @{co} I want [a human|a real person] to review that decision!",
            "@{co} my account was [blocked by your system|locked by your algorithm]. [I contest this automated decision|I'm challenging this automated decision] and [demand|want] a human review.",
            "⭐ [Application|Request] rejected after [2 minutes|a few seconds], that was [obviously just an algorithm|a machine]. [Explain the logic behind it|Tell me what criteria were used] and have a human look at it again.",
            "why do i pay more than my roommate?? [the price|my rate] was calculated automatically. want a human to check it. 2 stars",
            "[The bot|The AI|Your automated system] [rejected my instalment plan|blocked my account|denied my refund]. [Under art. 22 GDPR|Under GDPR] I have the right to [human intervention|a review by a human], [and I'm requesting it|and I insist on it]. [0 stars if possible|1/5]",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "chat_question", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "{hi}my [loan|credit] application was [rejected automatically|refused by the system]. can a [real person|human] [look at it again|review it]?",
            "how do I [contest|challenge|appeal] an [automated decision|algorithm's decision]? [my account got blocked|my application was turned down]",
            "is it possible for [a human|an actual person] to [review|check] [the rejection|my account being blocked]? [it was just a computer|an algorithm] that decided",
            "can you explain [how|the logic of how] the algorithm [rejected my application|set my price|blocked my account]? [I want a person to review it|]",
            "who do I [write to|contact] so that [a human|someone] reviews the automated [decision|rejection]?",
        ]},
        Family { intent: AutomatedDecision, also: &[], name: "formal_letter", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Automated decision-making - Article 22 [GDPR|of the UK GDPR]\n\nOn {date} my [application for credit|application to open an account|request to pay by instalments] was declined [within seconds|automatically], and your [email|letter] gave no reason. I believe this decision was based solely on automated processing, including profiling, and that it significantly affects me. {acct}\n\nUnder Article 22 I have the right not to be subject to such a decision. I therefore request:\n\n1. human intervention: a review of my application by a member of staff with the authority to change the outcome;\n2. meaningful information about the logic involved and the main factors behind the decision;\n3. the opportunity to express my point of view and to contest the decision.\n\nPlease respond {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        // --------------------------------------------------------------- combined
        Family { intent: Deletion, also: &[ConsentWithdrawal], name: "erase_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Withdrawal of consent and request for erasure (Articles 7(3) and 17 [GDPR|of the UK GDPR])\n\nI hereby withdraw my consent to any processing of my personal data by {co}, with immediate effect. As there is no other legal ground for the processing, I also request under Article 17(1)(b) that you erase all personal data concerning me. {acct}\n\nPlease confirm both the withdrawal and the erasure in writing {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nI withdraw my consent to {co} processing my data and ask you to delete my account and {data}. {acct}\n\n{sign}",
        ]},
        Family { intent: OptOutMarketing, also: &[ConsentWithdrawal], name: "object_and_withdraw", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Objection to direct marketing (Article 21(2) GDPR) and withdrawal of consent (Article 7(3) GDPR)\n\nI object to the processing of my personal data for direct marketing purposes, including profiling to the extent that it is related to such marketing. I also withdraw every consent I have given {co} to contact me for marketing purposes by email, SMS or telephone. {acct}\n\nUnder Article 21(3) my data must no longer be processed for these purposes. Please confirm that my details have been removed from all marketing lists {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nPlease take me off all your marketing lists. I also withdraw the consent I gave for [newsletters and offers|marketing calls and texts|personalised offers] when I signed up. {acct}\n\n{sign}",
        ]},
        Family { intent: Access, also: &[Portability], name: "access_and_export", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Subject access request (Article 15) and data portability (Article 20) [GDPR|UK GDPR]\n\nI request a copy of all personal data {co} processes about me, together with the information listed in Article 15(1). {acct} In addition, under Article 20 please provide the data I have provided to you in a structured, commonly used and machine-readable format, so that I can transmit it to another provider.\n\nPlease respond {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nPlease send me a copy of all the data you hold about me, and an export of my [account and order history|playlists and listening history|transactions] as CSV or JSON so I can move it to another service. {acct}\n\n{sign}",
        ]},
        Family { intent: Objection, also: &[Restriction], name: "object_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Objection under Article 21(1) and restriction under Article 18(1)(d) [GDPR|UK GDPR]\n\nI object, on grounds relating to my particular situation, to the processing of my personal data for [customer profiling|analytics|fraud scoring] based on your legitimate interests. {acct} Pending the verification of whether your legitimate grounds override mine, I request under Article 18(1)(d) that you restrict the processing of my data.\n\nPlease confirm both {deadline}.{escalate}\n\n{sign_formal}",
        ]},
        Family { intent: Rectification, also: &[Restriction], name: "correct_and_restrict", weight: 3, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Rectification (Article 16) and restriction of processing (Article 18(1)(a)) [GDPR|UK GDPR]\n\nYour records about me are inaccurate: [you list a default on my account that never occurred|my date of birth is wrong|my address is one I left years ago]. {acct} I request that you rectify this data under Article 16 and, while you verify its accuracy, restrict its processing under Article 18(1)(a), in particular any disclosure to credit reference agencies.\n\nPlease confirm the correction {deadline}.{escalate}\n\n{sign_formal}",
            "{greet}\n\nYour records have my [date of birth|address|payment history] wrong. Please correct it, and don't use or share that data until it's fixed. {acct}\n\n{sign}",
        ]},
        // -------------------------------------------------------------- none
        Family { intent: None, also: &[], name: "order_status", weight: 8, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}where is my order [#|no. |number |]{order}[?|??| it was supposed to arrive [yesterday|on monday|last week]]",
            "my order {order} still hasn't arrived[, tracking hasn't updated in [3|4|5] days|. any update?|]",
            "{greet}\n\nI placed an order ({order}) on {date} and haven't received a dispatch confirmation yet. Could you let me know when it will ship?\n\n{sign}",
            "any idea when my {product} will [ship|be delivered|arrive]? order {order}",
            "[tracking says|it says] delivered but [nothing arrived|there's no parcel|i never got it]. order {order}",
        ]},
        Family { intent: None, also: &[], name: "billing", weight: 6, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nI [was charged twice|seem to have been charged twice|got billed twice] for [order {order}|my subscription this month] ({amount}). Could you [refund the duplicate|look into it]?\n\n{sign}",
            "why did my [monthly fee|subscription] go up to {amount}? [nobody told me|i didn't agree to that|is this a mistake?]",
            "{hi}my [card|payment] keeps getting declined at checkout[, but it works everywhere else|, tried two different cards|]",
            "{greet}\n\nCould you [tell me|explain] what the charge of {amount} on {date} is for? I don't recognise it.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "invoice_copy", weight: 2, style: Neutral, channels: CH_EMAIL, hard_negative: true, texts: &[
            "{greet}\n\nCould you please send me a copy of [the invoice|my invoice|a VAT invoice] for order {order}? I need it for my [expenses|tax return|company]. {acct}\n\n{sign}",
            "{hi}can i get a copy of [my receipt|the invoice] for {order}? [lost the email|can't find it in my account]",
        ]},
        Family { intent: None, also: &[], name: "refund", weight: 5, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "{greet}\n\nI returned the {product} [two|three] weeks ago (order {order}) and still haven't received my refund of {amount}. [The tracking shows you received it on {date}.|]\n\n{sign}",
            "[how long|how long does it take] for a refund to [show up|come through]? returned my {product} [last week|on {date}]",
            "the {product} arrived [broken|damaged|faulty] - i'd like a refund [or a replacement|please|]. order {order}",
        ]},
        Family { intent: None, also: &[], name: "shipping", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "can i [change|update] the delivery address for order {order} before it ships?",
            "do you ship to [Canada|Ireland|Northern Ireland|Alaska|Hawaii]? [and how much is it|how long does it take]?",
            "{hi}the courier left my parcel [with a neighbour|in the rain|at the wrong house]. [not happy.|can something be done?]",
            "[is express shipping available|can i get next day delivery] for the {product}?",
        ]},
        Family { intent: None, also: &[], name: "bug_report", weight: 5, style: Casual, channels: &[Chat, AppReview, AppReview, Email, Social], hard_negative: false, texts: &[
            "the app [crashes|freezes|keeps crashing] [every time|whenever] i [open my basket|try to pay|upload a photo][. iphone [13|14|15], latest ios|. android [12|13|14]|]",
            "[1 star|2 stars]. [since the last update|after updating] [nothing loads|i can't log in|the search is broken]. [fix it please|please fix|]",
            "{greet}\n\nYour checkout page shows an error ('Something went wrong') when I [apply a discount code|select PayPal|enter my address]. I've tried [Chrome and Safari|two browsers], same result.\n\n{sign}",
            "dark mode makes the [text unreadable|buttons invisible] on the [settings|order history] screen",
        ]},
        Family { intent: None, also: &[], name: "password_reset", weight: 4, style: Casual, channels: CH_ANY, hard_negative: false, texts: &[
            "{hi}i [can't|cannot|cant] log in and the password reset email never arrives[. checked spam|]",
            "[locked out|i'm locked out] of my account after too many attempts. [help?|how long until i can try again?]",
            "{greet}\n\nI've forgotten my password and no longer have access to the phone number used for two-factor authentication. How can I get back into my account? {acct}\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "praise", weight: 4, style: Casual, channels: &[AppReview, AppReview, Social, Chat, Email], hard_negative: false, texts: &[
            "[love|loving] the new update[!|!!| - so much faster|, great job]",
            "[5 stars|five stars]. [great app|easy to use|fast delivery and great prices][, would recommend|!|]",
            "just wanted to say [the support team|Jamie from your chat team|your driver] was [super helpful|brilliant|really kind] [today|yesterday]. thanks!",
            "{greet}\n\n[My {product} arrived early and it's perfect.|I've been a customer for years and you never disappoint.] Thank you!\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "product_question", weight: 4, style: Neutral, channels: CH_ANY, hard_negative: false, texts: &[
            "does the {product} come in [black|a larger size|other colours]?",
            "{hi}is the {product} [compatible with|going to work with] [iphone|android|my older model][?|]",
            "{greet}\n\nWhen will the {product} be back in stock? I'd like to order [two|three] of them.\n\n{sign}",
            "what's the [warranty|return period] on the {product}?",
        ]},
        Family { intent: None, also: &[], name: "cancel_subscription", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "{greet}\n\nPlease cancel my [subscription|premium plan|monthly box] at the end of the current billing period. I'd like to keep my account [for now|and order history].\n\n{sign}",
            "how do i [cancel|pause] my [subscription|membership] without losing my [points|saved items]?",
            "{hi}[downgrade|switch] me to the free plan please, i'll keep the account",
        ]},
        Family { intent: None, also: &[], name: "privacy_question", weight: 3, style: Neutral, channels: CH_ANY, hard_negative: true, texts: &[
            "Quick question: [is my card data stored on your servers|do you store my card details]? Just want to make sure it's [secure|safe].",
            "where can i find your privacy policy? [the link in the footer is broken|can't find it in the app]",
            "[Love that|Really appreciate that] you don't sell [customer data|my data] - [that's why I shop here|keep it up]!",
            "does the app [really need|need] location permission to work? [just curious|i'd rather not give it]",
            "{greet}\n\nI read your updated privacy policy and [it's much clearer now, thanks|had a question about cookies, but found the answer in the FAQ]. No action needed.\n\n{sign}",
            "are you [GDPR compliant|compliant with the CCPA|ISO 27001 certified]? asking for my company before we [sign up|buy a team plan]",
        ]},
        Family { intent: None, also: &[], name: "delete_item", weight: 3, style: Casual, channels: &[Chat, Chat, AppReview, Email], hard_negative: true, texts: &[
            "how do i [delete|remove] an item from my [basket|cart|wishlist]?",
            "[i accidentally|accidentally] deleted my [playlist|shopping list|saved cart]. can you [restore|recover] it?",
            "can i [cancel|delete] order {order}? [ordered the wrong size|ordered it twice by mistake]",
            "the [delete|remove] button [in my basket|on the wishlist] doesn't do anything",
        ]},
        Family { intent: None, also: &[], name: "newsletter", weight: 2, style: Casual, channels: &[Email, Chat, Social], hard_negative: true, texts: &[
            "[i'd like to|how do i] [subscribe to|sign up for] your newsletter? the form [doesn't work|gives an error]",
            "your newsletter [last week|today] had a broken link to the {product} offer",
            "{greet}\n\nI signed up for your newsletter to get the 10% welcome code but it never arrived. Could you resend it?\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "complaint_letter", weight: 1, style: Formal, channels: CH_LETTER, hard_negative: false, texts: &[
            "{address}\n\n{date}\n\n{greet_formal}\n\nRe: Formal complaint regarding order {order}\n\nOn {date} I purchased a {product} from {co} for {amount}. Within [two|three] weeks the product developed a fault and stopped working entirely. I contacted your customer service team [twice|on several occasions], but have received only automated replies.\n\nUnder [the Consumer Rights Act 2015|my statutory rights as a consumer], goods must be of satisfactory quality and fit for purpose. I therefore request a full refund or a replacement of equal value. I have kept the original packaging and proof of purchase, copies of which I can provide on request.\n\nI would be grateful for a response within fourteen days. If the matter is not resolved, I will consider taking it to [the small claims court|an alternative dispute resolution scheme].\n\n{sign_formal}",
        ]},
        Family { intent: None, also: &[], name: "phone_transcript", weight: 2, style: Neutral, channels: CH_PHONE, hard_negative: false, texts: &[
            "{agent}Customer: Hi, I'm calling about my [bill|last invoice], it's higher than usual.\n{agent_verify}Agent: I can see a one-off charge for [the late payment|an upgrade] on {date}.\nCustomer: Oh, okay, that makes sense then.\n{agent_close}",
            "{agent}Customer: Hi, my parcel was supposed to come [yesterday|today] and it's not here.\n{agent_verify}Agent: It looks like it's been delayed at the depot, it should be with you tomorrow.\n{agent_close}",
        ]},
        Family { intent: None, also: &[], name: "account_chat", weight: 3, style: Casual, channels: CH_CHAT, hard_negative: true, texts: &[
            "{hi}i can't get into my account, [the password reset isn't working|the reset email never arrives]. [what do i do?|help?]",
            "can i [upgrade my plan to premium|switch to the cheaper plan]? [where do i do that in the app?|]",
            "[quick q|random question]: is my data [actually |]safe with you? [read about that hack at another shop|just asking cause you hear so much these days]",
            "where do i find [my invoices|the invoices] in my account? [need them for taxes|can't find them anywhere]",
            "unsubscribed from the newsletter by accident 🙈 how do i subscribe again?",
            "can i add a second email address to my account?[ {email} is already on it|]",
            "[do you have an app for tablets?|how do i turn on notifications in the app?|is there an iPad version of the app?]",
            "[{hi}my order {order} still hasn't arrived, can you check?|thanks for the quick help, my account works again 👍|awesome, that fixed it, thanks!]",
        ]},
        Family { intent: None, also: &[], name: "small_talk", weight: 2, style: Casual, channels: CH_CHAT, hard_negative: false, texts: &[
            "[am i talking to a bot|who am i talking to, a bot|is this a bot]? 🤖",
            "[are you a real person|is there a human there|are you human]?",
            "[what can you do|what can you help me with|tell me something about yourself]?",
            "[what's your name|do you have a name]? [😄|]",
            "what do you know about [the|your] {product}? [any good?|worth buying?]",
            "[are you open on sundays|what are your opening hours|are you open tomorrow]?",
            "[what's the weather like|do you know any good restaurants|i'm bored|what do you think of the new iphone]",
            "[hahaha ok|lol ok|ok thanks, good night|good night 😴|alright bye]",
        ]},
        Family { intent: None, also: &[], name: "plan_change", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}can i [cancel|end|stop] my [premium|plus|pro|family] [plan|membership|subscription] at the end of the [month|billing period|year]? i want to keep the account [though|]",
            "[how do i|can you|please] turn off [auto-renew|auto renewal|the automatic renewal] on my [subscription|membership|contract]? [thx|thanks|]",
            "[pause|skip] my [box|delivery|subscription box] for [july|august|next month|two weeks], [we're on holiday|we're away|i'm travelling] [pls|please|]",
            "how do i end the free trial before i get [charged|billed]? [don't want the paid version yet|it's not for me right now|]",
            "[i'd like to|want to|can i] [downgrade|switch] from [premium|pro|the yearly plan] to [basic|the free plan|the monthly plan], [too pricey for me|i don't use all the features|money's tight at the moment]",
            "[upgrade|switch] me to the [family|annual|business] plan [please|pls|]? and will i get charged the difference [today|right away|]?",
            "{greet}\n\nI'd like to [stop|cancel] my recurring order for [coffee pods|pet food|contact lenses|vitamins] from the next delivery on. [I've got plenty left.|I found it cheaper locally.|I'm moving house soon.] My account should stay as it is.\n\n{sign}",
            "{greet}\n\nCould you [move|change] my billing date from the 1st to the [15th|28th|end of the month]? [My salary comes in later.|It would fit my budget better.] Everything else on the [plan|membership|contract] can stay the same.\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "login_help", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}i can't [log in|sign in|get into my account], it says [wrong password|invalid credentials|something went wrong] [every time|] [😩|]",
            "how do i [reset|change] my password? the [reset link|email with the link] [never arrives|has expired|doesn't work]",
            "the [two-factor|2fa|verification|sms] code [isn't arriving|never comes|takes forever], [i've tried|tried] [three|five|several] times [already|]",
            "[got|have] a new phone, how do i [move|set up] the authenticator [app|] [on it|again]? [can't log in without the code|]",
            "my account [is locked|got locked|was blocked] after too many [failed attempts|wrong passwords], [how do i unlock it|can you unlock it|what now]?",
            "[can you|how do i] log me out of all devices? [i logged in on a friend's laptop|i lost my old phone|i think i forgot to log out somewhere]",
            "the app [keeps logging me out|logs me out every few minutes|won't remember my login] [since the update|on my iphone|on android] [lol|, annoying|]",
            "{greet}\n\nFor [two days|a week|a while now] I haven't been able to log in. I [reset|changed] the password, but the new one [isn't accepted either|gives an error too]. Could you check what's wrong? {acct}\n\n{sign}",
        ]},
        Family { intent: None, also: &[], name: "promo_question", weight: 2, style: Casual, channels: CH_ANY, hard_negative: true, texts: &[
            "{hi}my [discount|promo|voucher] code [isn't working|says expired|won't apply] at checkout, [any idea why|can you help]?",
            "[is there|do you have] a [student discount|black friday sale|summer sale|welcome code] [this year|at the moment|coming up]?",
            "how many loyalty points do i have and [what can i get for them|when do they expire|can i use them online]?",
            "[i referred a friend|my friend signed up with my link] but [i didn't get|never got] the referral [bonus|credit|reward] [yet|]",
            "the [newsletter|sms|email] said [20%|30%|15%] off [everything|shoes|the whole shop] this weekend, does that [apply to sale items|work in store too|stack with my voucher]?",
            "[how do i|where can i] sign up for the newsletter to get the welcome [code|discount|voucher]? [🙂|]",
            "{greet}\n\nI got a [gift voucher|voucher for {amount}|birthday code] from you but I'm not sure how to [redeem|use] it [online|in the app|in store]. Can it be combined with the current [sale|offer]?\n\n{sign}",
            "{greet}\n\nI signed up for your newsletter [yesterday|last week] but the welcome [code|discount] never arrived. [Could you send it again?|Is it still valid for my first order?] I'd love to use it on the [spring sale|new collection].\n\n{sign}",
        ]},
    ],
};
