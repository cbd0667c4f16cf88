"""682.35 D: asking the AI to watch, track or locate a person; a cited legal authority is recorded."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import regex

from garda.inspect.classifiers.base import FLAGS, PhraseClassifier, Started, TextScan, rule
from garda.inspect.classifiers.vocabulary import REQUEST
from garda.inspect.spans import UseFinding, UseKind

WATCH_VERB = (r"(?:monitor|track|trace|locate|follow|watch|surveil|surveille|keep\s+tabs\s+on|keep\s+an\s+eye\s+on|"
              r"stake\s+out|tail|shadow|geolocate|ping|pinpoint|spy\s+on|alert\s+me\s+(?:when|if|to)|stalk|snoop\s+on|"
              r"creep\s+on|lurk\s+on)")
MOVEMENTS = (r"(?:movements?|whereabouts|locations?|location\s+history|daily\s+routine|routines?|schedule|comings\s+and\s+goings|"
             r"travel|trips|where\s+(?:he|she|they)\s+(?:goes|go|went|is|are|hangs?\s+out|sleeps?|stays?|lives?)|"
             r"associates|contacts|habits|activities|social\s+media|posts|check-?ins)")
PERSON_TARGET = (
    r"(?:him|her|them|this\s+(?:guy|person|man|woman|kid|individual|subject|suspect|account|user|number)|"
    r"the\s+(?:suspect|subject|target|individual|person|guy|man|woman|kid|juvenile|victim|witness|ex|driver|owner)\b(?!')|"
    r"my\s+(?:suspect|subject|target|ex)\b(?!')|\[[A-Z_-]+-?\d*\](?!')|"
    r"(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b(?!')|@\w{2,})"
)
POSSESSIVE = (
    r"(?:his|her|their|this\s+(?:guy|person|man|woman|kid|individual|subject|suspect)'s|"
    r"the\s+(?:suspect|subject|target|individual|person|guy|man|woman|kid|juvenile|victim|witness|ex|driver)'s|"
    r"my\s+(?:suspect|subject|target|ex)'s|\[[A-Z_-]+-?\d*\]'s|(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)'s|"
    r"(?:the|this|that|my)\s+(?:[\w-]+\s+)?(?:organizer|activist|leader|witness|victim|ex|girlfriend|boyfriend|owner|"
    r"teen|teenager|complainant|critic|reporter|journalist|protester)(?:'s|’s))"
)
# A person named in the text; colleagues and officials by rank or title are not surveillance targets.
NAME = (r"(?!(?:Sergeant|Sgt|Officer|Ofc|Lieutenant|Lt|Captain|Capt|Chief|Detective|Det|Judge|Dr|Commander|Inspector|"
        r"Alderman|Alderwoman|Mayor|Grandma|Grandpa|Mom|Dad)\b)"
        r"(?-i:\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,3})")
SUBJECT = r"he|she|they|" + PERSON_TARGET + r"|" + NAME
# A person by role: "the protest leader", "this kid's mom".
PERSON_PHRASE = (r"(?:the|this|that|my)\s+(?:[\w-]+\s+){0,2}?(?:leader|organizer|activist|guy|woman|man|kid|suspect|subject|"
                 r"target|person|witness|victim|ex|girlfriend|boyfriend|brother|sister|cousin|mom|dad|mother|father|wife|"
                 r"husband|friend|neighbor|reporter|journalist|critic|complainant|teen|teenager)")
COMMUNICATIONS = (r"(?:group\s+chats?|chats?|messages|dms|texts|accounts|posts|pages|channels?|emails?|discord|"
                  r"whatsapp|signal|telegram|livestreams?|streams|stories|feeds?|socials|profiles)")
SOCIAL = (r"(?:social\s+media|socials|facebook|fb|instagram|insta|ig|twitter|tiktok|snapchat|snap|youtube|telegram|"
          r"x\s+account|online\s+(?:activity|posts|accounts?))")
# A place in a document, not in the world: "his current address in the attached report".
IN_DOCUMENT = (r"(?!\s+(?:in|on|from|within)\s+(?:the|this|my|that)\s+(?:\w+\s+)?(?:report|document|form|text|file|paragraph|"
               r"narrative|statement|draft|story|timeline|notes))")

LEGAL_AUTHORITY = regex.compile(
    r"\b(?:(?:search|arrest|tracking|gps|ping|pen\s+register)\s+)?warrant\s*(?:#|no\.?|number)?\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]*"
    r"|\bcourt\s+order(?:\s*(?:#|no\.?|number)?\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]*|\s+(?:signed|issued|dated)\b[^.;\n]{0,40})"
    r"|\b(?:administrative\s+)?subpoena\s*(?:#|no\.?|number)?\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]*"
    r"|\b(?:pen\s+register|trap\s+and\s+trace|wiretap|title\s+iii)\s+order(?:\s*(?:#|no\.?)\s*[A-Z0-9-]+)?"
    r"|\b(?:signed|issued|authori[sz]ed)\s+by\s+judge\s+(?-i:\p{Lu}\p{Ll}+)"
    r"|\b(?:case|docket)\s+(?:#|no\.?)?\s*(?:19|20)\d{2}\s?(?:CF|CM|JV|TW)\s?\d{1,6}\s+order",
    FLAGS)


# Ongoing or quiet: what turns looking something up once into watching a person.
ONGOING = (r"(?:every\s+(?:single\s+)?(?:day|morning|night|evening|week|shift)|each\s+(?:day|morning|night|week)|daily|nightly|"
           r"from\s+now\s+on|going\s+forward|keep\s+(?:it|this|that|the\s+\w+|me)\s+(?:updated|current|posted)|"
           r"keep\s+updating|on\s+an\s+ongoing\s+basis|quietly|secretly|on\s+the\s+(?:low|down\s*low|dl)|"
           r"without\s+(?:him|her|them)\s+knowing)")
# What a person puts online.
ONLINE_OUTPUT = (r"(?:posts?|posted|puts\s+(?:up|out|online)|uploads?|shares|tweets|online\s+(?:stuff|activity|presence|life)|"
                 r"socials|social\s+media|insta(?:gram)?|facebook|fb|tiktok|snapchat|snap|twitter)")
# A person written in lower case or capitals, possessive: "luis cruz's", "HIS", not "the department's".
NOT_A_PERSON = (r"(?!(?:(?:the|our|my|this|that)\s+)?(?:department|district|unit|city|county|agency|office|squad|team|mpd|"
                r"chief|pio|precinct|station)\b)")
ANY_POSSESSIVE = r"(?:his|her|their|" + NOT_A_PERSON + r"(?:the\s+|this\s+|that\s+)?[\w-]+(?:\s+[\w-]+)?(?:'s|’s))"
# Public speech about the police: people who spoke, wrote or marched against them.
CRITICS = (r"(?:people|everyone|everybody|anyone|those|folks|residents|speakers|commenters)\s+(?:who|that)\s+"
           r"(?:spoke|speak|testified|complained|protested|marched|rallied|posted|commented|wrote|organi[sz]ed|signed|"
           r"showed\s+up|stood\s+up)\b[^.?!\n]{0,30}?\b(?:against|about|at)\s+(?:the\s+|our\s+)?(?:department|police|"
           r"mpd|cops|us|chief|officers|district|listening\s+session|town\s+hall|council|hearing|protest|rally|march|vigil)\b")
ATTENDEES = (r"(?:everyone|everybody|anyone|all\s+(?:the\s+)?(?:people|attendees|protesters|marchers)|the\s+(?:people|attendees|"
             r"protesters|marchers)|people|those)\s+(?:who|that)\s+(?:attended|went\s+to|were\s+at|was\s+at|showed\s+up|"
             r"marched|protested|rallied|spoke|organi[sz]ed)\b")


class SurveillanceClassifier(PhraseClassifier):
    """Asking to track, monitor, locate or profile the movements of a person; records a cited warrant or order."""

    name = "surveillance"
    kind = UseKind.SURVEILLANCE
    section = "682.35 D"
    rules = (
        rule("watch-person", 'monitor track trace locate follow watch surveil surveille keep stake tail shadow geolocate ping pinpoint find spy log record map alert',
            REQUEST + WATCH_VERB + r"\s+(?:down\s+)?(?:and\s+\w+\s+)?" + PERSON_TARGET
            + r"(?!\s+(?:to|in\s+the\s+(?:policy|sop)|the\s+(?:rules|policy|procedure|steps|instructions)|"
            r"statements?|names?|reports?|number|information|info|details|account\s+of|narrative|section|paragraph|"
            r"list|interview|testimony))",
         "asks to track, monitor, follow or locate a person"),
        rule("watch-belongings", 'monitor track trace locate follow watch surveil surveille keep stake tail shadow geolocate ping pinpoint find spy log record map alert stalk snoop creep lurk',
            r"\b" + WATCH_VERB + r"\s+(?:down\s+)?" + POSSESSIVE + r"\s+(?:\w+\s+)?(?:phone|cell|car|vehicle|location|"
            r"movements?|whereabouts|accounts?|activity|every\s+move|travel|trips|address|house|home|girlfriend|"
            r"boyfriend|family|associates|friends)\b"
            r"|\b" + WATCH_VERB + r"\s+(?:the\s+)?(?:phone|cell|car|vehicle|accounts?|messages|texts|calls|emails?)\s+of\s+(?:"
            + PERSON_TARGET + r"|(?:my|the|this|his|her|their)\s+(?:[\w-]+\s+)?[\w-]+(?:'s|’s|s'|s’)\s+\w+|" + PERSON_PHRASE + r")",
         "asks to track a person's phone, vehicle, movements or associates", anchored=True),
        rule("pattern-of-life", 'pattern build create compile make assemble put map reconstruct draw',
            r"\bpattern[-\s]of[-\s]life\b|\b(?:build|create|compile|make|assemble|put\s+together|map\s+out|reconstruct|"
            r"draw\s+up)\s+(?:me\s+)?(?:a\s+|an\s+|the\s+)?(?:(?:detailed|full|complete|surveillance|running|daily|rough|quick)\s+)?"
            r"(?:profile|dossier|timeline|"
            r"map|log|record|list|picture|chart|report)\s+of\s+(?:all\s+)?(?:\w+'s|his|her|their|the\s+\w+'s)\s+"
            r"(?:\w+\s+)?" + MOVEMENTS,
         "asks to compile a person's movements or routine"),
        rule("watch-social", 'social socials twitter facebook fb instagram insta ig twitter tiktok snapchat snap youtube telegram online',
            r"\b(?:monitor|watch|scrape|track|follow|keep\s+an\s+eye\s+on|keep\s+tabs\s+on|alert\s+me\s+(?:about|to|when)|"
            r"check|go\s+through|comb\s+through|archive|collect|stalk|lurk\s+on|creep\s+on|scan|read|refresh|keep\s+checking)\s+(?:all\s+(?:of\s+)?)?(?:his|her|their|the\s+suspect's|"
            r"the\s+(?:[\w-]+(?:'s|’s|s'|s’)\s+)?[\w-]+(?:'s|’s|s'|s’)|"
            r"the\s+subject's|the\s+target's|this\s+(?:person|guy|account|user)'?s?|this|that|"
            r"(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)'s|@\w+'?s?)?\s*"
            + SOCIAL + r"(?:\s+(?:accounts?|posts|activity|profiles?|pages?))?(?=[^.?!\n]{0,60}\b(?:daily|every|each|"
            r"continuously|ongoing|and\s+(?:tell|alert|notify|report)|for\s+(?:any|new|changes)|whenever|when\s+(?:he|she|they)|"
            r"24/7|over\s+time|going\s+forward)|[^.?!\n]{0,20}$)",
         "asks to watch a person's social media"),
        rule("where-is", 'find figure tell determine work help where',
            r"\b(?:find\s+out|figure\s+out|tell\s+me|determine|work\s+out|help\s+me\s+(?:find|figure\s+out)|"
            r"(?<!\b(?:told\s+(?:me|us|him|her|them|officers?|police)|said|says|stated|explained|knows?|knew|asked)\s+)where)\s+"
            r"(?:where|when)?\s*(?:he|she|they|this\s+(?:person|guy|woman|man)|the\s+(?:suspect|subject|target|victim|witness)|"
            r"(?:" + POSSESSIVE + r")\s+(?:girlfriend|boyfriend|wife|husband|mother|mom|father|dad|brother|sister|cousin|"
            r"friend|ex|baby\s+(?:mama|mother|daddy|father))|"
            + NAME + r")\s+"
            r"(?:lives|is\s+(?:now|staying|living|hiding)|goes|hangs\s+out|works|sleeps|stays|will\s+be|is\s+right\s+now|"
            r"spends\s+(?:his|her|their)\s+time|leaves\s+(?:home|work|the\s+house)|gets\s+home|goes\s+to\s+work)",
         "asks to locate a person", anchored=True),
        rule("notify-when", 'alert notify tell ping let',
            r"\b(?:alert|notify|tell|ping|let)\s+(?:me|us)\s+(?:know\s+)?(?:when|whenever|if|every\s+time|each\s+time|"
            r"as\s+soon\s+as)\s+(?:he|she|they|(?:the|my|this|that|his|her|their|any\s+of\s+the)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+|"
            r"\[[A-Z_-]+-?\d*\]|" + NAME + r")\s+"
            r"(?:posts?|goes|leaves|arrives|checks?\s+in|shows\s+up|logs?\s+(?:in|on)|comes|returns|moves|travels|walks\s+by|"
            r"drives\s+by|passes|appears|pops\s+up|"
            r"is\s+(?:online|seen|spotted|home)|gets\s+(?:home|back|in)|passes|pings|hits)",
         "asks to be alerted to a person's movements or activity", anchored=True),
        rule("dossier", 'find get compile gather pull dig collect put assemble round scrape',
            r"\b(?:find|get|compile|gather|pull|dig\s+up|collect|put\s+together|pull\s+together|assemble|round\s+up|scrape)\s+"
            r"(?:me\s+)?(?:all|every|everything|anything)\b"
            r"[^.?!\n]{0,40}?\b(?:about|on|associated\s+with|linked\s+to|connected\s+to)\s+(?:him|her|them|"
            r"this\s+(?:person|guy|man|woman|individual)|the\s+(?:suspect|subject|target|guy|man|woman|person|kid|"
            r"organizers?|activists?|people)|\[[A-Z_-]+-?\d*\]|"
            r"(?-i:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+))",
         "asks to compile everything about a person", anchored=True),
        rule("watch-posts", 'monitor track watch follow keep scrape archive log screenshot save collect',
            r"\b(?:monitor|track|watch|follow|keep\s+(?:tabs|an\s+eye)\s+on|scrape|archive|log|screenshot|save|collect)\s+"
            r"(?:every|all|each|any|whatever|what)\s+(?:new\s+|single\s+)?(?:(?:posts?|messages?|comments?|photos?|videos?|"
            r"stories|tweets?|check-?ins?|things?)\s+)?(?:that\s+)?(?:" + SUBJECT + r")\s+(?:makes?|posts?|posted|sends?|"
            r"shares?|shared|uploads?|uploaded|puts\s+up)\b",
         "asks to watch everything a person posts", anchored=True),
        rule("recurring-pull", 'every each daily nightly overnight going from',
            r"\b(?:(?:every|each)\s+(?:morning|day|night|evening|hour|week|shift)|daily|nightly|overnight|going\s+forward|"
            r"from\s+now\s+on)\b[^.?!\n]{0,80}?\b(?:pull\s+up|summari[sz]e|read|go\s+through|check|get|collect|save|"
            r"screenshot|list|(?:summary|digest|rundown|roundup|report)\s+(?:of|on))\s+(?:me\s+)?(?:what|whatever|everything|all|every)\b[^.?!\n]{0,40}?\b(?:posts?|posted|"
            r"shares?|shared|uploads?|uploaded|messages?|messaged)\b",
         "asks for a recurring pull of a person's posts", anchored=True,
         needs="posts posted shares shared uploads uploaded messages messaged post share upload message"),
        rule("list-attendees", 'compile make build create put get pull identify find give list name track',
            r"\b(?:compile|make|build|create|put\s+together|get|pull|identify|find|give\s+me|list|name|track\s+down)\s+(?:me\s+)?"
            r"(?:a\s+list\s+of\s+|the\s+names\s+of\s+|a\s+roster\s+of\s+)?(?:everyone|everybody|anyone|all\s+(?:of\s+)?"
            r"(?:the\s+)?(?:people|protesters|attendees|participants|organizers|marchers)|the\s+(?:people|protesters|"
            r"attendees|participants|organizers|marchers)|people|who)\s+(?:who\s+|that\s+)?(?:attended|attends|attend|went\s+to|comment|comments|post|posts|follow|like|likes|share|shares|"
            r"was\s+at|were\s+at|marched|showed\s+up|participated|spoke|organized|organizing|protested|rsvp'?e?d|rsvps|"
            r"signed\s+up|registered|liked|commented|follows)\b[^.?!\n]{0,60}?"
            r"\b(?:protests?|rally|rallies|march|vigil|demonstrations?|sit-in|walkout|strike|picket|town\s+hall|"
            r"community\s+meeting|church|mosque|synagogue|temple|union|council\s+meeting|public\s+hearing|page|chapter|"
            r"movement|organization)\b",
         "asks to identify people who took part in a protest, meeting or service", anchored=True,
         needs="protest protests rally rallies march vigil demonstration demonstrations sit walkout strike picket town "
               "community church mosque synagogue temple union council public page chapter movement organization"),
        rule("watch-communications", 'monitor watch keep scrape track follow spy infiltrate',
            r"\b(?:monitor|watch|keep\s+(?:an\s+eye|tabs)\s+on|scrape|track|follow|spy\s+on|infiltrate)\s+(?:all\s+(?:of\s+)?)?"
            r"(?:(?:their|his|her|(?!(?:the\s+)?(?:department|district|city|county|agency|unit|mpd)\b)(?:the\s+)?"
            r"(?:[\w-]+\s+){0,2}[\w'’-]+(?:'s|’s|s'|s’))\s+(?:[\w'’-]+\s+){0,2}?" + COMMUNICATIONS + r"\b"
            r"|(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?" + COMMUNICATIONS + r"\s+(?:of|from|by)\s+(?:the\s+)?(?:people|activists|"
            r"(?:[\w-]+\s+){0,2}?(?:organizers|protesters|members|group|union|neighbors|neighborhood|residents|tenants|students|marchers|"
            r"activists|people)|him|her|them|"
            + NAME + r"))",
         "asks to watch a person's or a group's communications", anchored=True),
        rule("fake-profile", 'create make set use open run',
            r"\b(?:create|make|set\s+up|use|open|run)\s+(?:a\s+|an\s+|some\s+|a\s+few\s+|several\s+|\d+\s+|two\s+|three\s+|a\s+couple\s+(?:of\s+)?|"
            r"multiple\s+)?"
            r"(?:fake|dummy|sock\s?-?puppet|undercover|burner|false|made-up|fictitious)\s+(?:social\s+media\s+)?"
            r"(?:profiles?|accounts?|personas?|identities|pages?)\b[^.?!\n]{0,60}?\b(?:to|so|and)\s+(?:we\s+can\s+|i\s+can\s+)?"
            r"(?:befriend|friend|follow|join|watch|monitor|infiltrate|get\s+into|connect\s+with|message|read|see|spy|"
            r"keep\s+tabs|track)\b",
         "asks to set up covert accounts to watch people", anchored=True,
         needs="fake dummy sock puppet sockpuppet undercover burner false made fictitious"),
        rule("who-they-see", 'who whom',
            r"(?<=\b(?:tell\s+me|find\s+out|figure\s+out|summari[sz]e|list|map(?:\s+out)?|work\s+out|determine|show\s+me|report|"
            r"let\s+(?:me|us)\s+know|"
            r"identify|(?:need|want)\s+to\s+know)\s+)(?:who|whom)\s+(?:" + POSSESSIVE + r"\s+(?:[\w-]+\s+)?[\w-]+|" + PERSON_PHRASE
            + r"|" + SUBJECT + r")"
            r"(?:'s|’s)?\s+(?:talks?|(?:has\s+)?been\s+(?:talking|texting|calling|meeting|"
            r"seeing|hanging)|is\s+(?:talking|dating|seeing|texting|meeting|hanging|sleeping)|texts?|calls?|meets?|"
            r"hangs?\s+out|dates|sleeps|associates|communicates|messages|spends\s+time)\b",
         "asks to map who a person talks to or sees", anchored=True,
         needs="talks talk talking texting calling meeting seeing hanging dating sleeping texts calls meets hangs "
               "dates sleeps associates communicates messages spends"),
        rule("schedule-of-where", 'schedule timeline map log record list picture chart pattern routine rundown',
            r"\b(?:schedule|timeline|map|log|record|list|picture|chart|pattern|routine|rundown)\s+of\s+(?:where|when|"
            r"everywhere|every\s+place|all\s+the\s+places)\s+"
            r"(?:(?:this|that|the|his|her|their)\s+(?:car|vehicle|truck|van|plate|phone)|" + SUBJECT + r")\s+(?:has\s+been|has\s+gone|goes|is|sleeps|stays|works|hangs\s+out|spends|travels|drives|comes\s+and\s+goes|"
            r"leaves|arrives|gets\s+home)\b",
         "asks to chart where a person goes", anchored=True),
        rule("know-routine", 'so',
            r"\bso\s+(?:that\s+)?(?:we|i)\s+(?:know|can\s+(?:know|learn|predict|map|track|figure\s+out))\s+(?:" + POSSESSIVE
            + r")\s+(?:daily\s+)?(?:routine|movements|schedule|whereabouts|patterns?|habits|comings\s+and\s+goings)\b",
         "asks to learn a person's routine", anchored=True),
        rule("places-been", 'want tell find show map list get pull figure give track need log record rundown',
            r"\b(?:list|log|map|record|rundown)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:places|locations|spots|addresses|bars|stores)\s+"
            r"(?:that\s+|where\s+)?(?:he|she|they|" + PERSON_PHRASE + r"|" + PERSON_TARGET + r")\s+(?:checks?\s+in|goes|visits|"
            r"has\s+been|frequents|hangs\s+out|posts?\s+from)\b|"
            r"\b(?:want\s+to\s+know|tell\s+me|find|show\s+me|map|list|get\s+me|pull|figure\s+out|give\s+me|track|"
            r"need)\s+(?:out\s+)?(?:(?:every|each|all\s+the)\s+(?:place|location|spot|address|cell\s+tower|stop)s?|"
            r"everywhere|anywhere)\b"
            r"[^.?!\n]{0,50}?\s(?:has\s+been|has\s+gone|goes|visits|has\s+visited|travels|has\s+travell?ed|stops)\b",
         "asks for every place a person or phone has been", anchored=True,
         needs="place places location locations spot spots address addresses cell stop stops everywhere anywhere"),
        rule("track-vehicle", 'track follow trace monitor watch map',
            r"\b(?:track|follow|trace|monitor|watch|map)\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+|their\s+)?"
            r"(?:[\w'’-]+\s+){0,3}?(?:plate|car|vehicle|truck|van|suv|phone|cell|number)\b[^.?!\n]{0,60}?\b(?:flock|lprs?|"
            r"alprs?|license\s+plate\s+readers?|cameras?|gps|pings?|cell\s+towers?|each\s+day|every\s+day|daily|"
            r"where\s+it\s+goes|movements)\b"
            r"|\b(?:track|follow|trace|monitor|watch|map)\s+(?:it|him|her|them)\s+(?:with|using|through|via|on|across)\s+(?:the\s+)?"
            r"(?:plate[-\s]readers?|license\s+plate\s+readers?|lprs?|alprs?|flock|cameras?|gps|cell\s+towers?|pings?)\b",
         "asks to track a vehicle or phone over time", anchored=True,
         needs="flock lpr lprs alpr alprs cameras camera gps ping pings towers tower each every daily where movements "
               "readers reader"),
        rule("watch-what-they-say", 'monitor watch keep track follow scrape',
            r"\b(?:monitor|watch|keep\s+(?:an\s+eye|tabs)\s+on|track|follow|scrape)\s+(?:what|whatever|everything)\b"
            r"[^.?!\n]{0,60}?\b(?:says?|saying|posts?|posting|writes?|writing|shares?|sharing|plans?|planning)\b"
            r"[^.?!\n]{0,40}?\b(?:" + SOCIAL + r"|group\s+chats?|group|chats?|channels?|pages?|forums?)\b",
         "asks to watch what people say in their online groups", anchored=True),
        rule("learn-routine", 'work figure map build reconstruct establish get determine find',
            r"\b(?:work\s+out|figure\s+out|map\s+out|build|reconstruct|establish|get|determine|find\s+out)\s+(?:me\s+)?"
            r"(?:" + POSSESSIVE + r")\s+(?:daily\s+|weekly\s+|usual\s+|normal\s+)?(?:routine|movements|schedule|whereabouts|"
            r"patterns?|habits|comings\s+and\s+goings)\b",
         "asks to work out a person's routine or movements", anchored=True),
        rule("who-comes-and-goes", 'keep monitor track watch log record',
            r"\b(?:keep\s+(?:tabs|an\s+eye)\s+on|monitor|track|watch|log|record|keep\s+(?:a\s+)?(?:running\s+)?(?:log|record|list)\s+of|"
            r"(?:log|record|list)\s+of)\s+(?:who|everyone|everybody|anyone|"
            r"all\s+the\s+people)\s+(?:who\s+|that\s+)?(?:visits?|comes?|goes|enters?|leaves?|stops?\s+by|shows?\s+up)\b"
            r"(?=[^.?!\n]{0,50}\b(?:house|home|apartment|apt|address|residence|building|mosque|church|temple|synagogue|"
            r"clinic|office|shop|store|corner|block|\d))",
         "asks to log who visits a place", anchored=True),
        rule("contact-network", 'chart map list graph diagram web network',
            r"\b(?:chart|map|list|graph|diagram|web|network)\s+of\s+(?:everyone|everybody|all\s+the\s+people|the\s+people|"
            r"anyone|who)\s+(?:that\s+|whom\s+)?(?:" + SUBJECT + r")\s+(?:texts?|calls?|talks\s+to|meets|sees|"
            r"hangs\s+out\s+with|messages|follows|knows)\b",
         "asks to map a person's contacts", anchored=True),
        rule("where-is-their-car", 'check see find tell show',
            r"\b(?:check|see|find(?:\s+out)?|tell\s+me|show\s+me)\s+where\s+(?:" + POSSESSIVE + r")\s+(?:car|vehicle|truck|"
            r"van|phone|cell)\s+(?:is|goes|was\s+parked|sits|has\s+been|went|was|drove|parks)\b",
         "asks where a person's car or phone is", anchored=True),
        rule("locate-by-data", 'cell phone gps license lpr lprs alpr flock camera cameras geotag geotags geotagged metadata '
             'location geolocation snap timeline',
            r"\b(?:use|using|cross-?reference|correlate|combine|match)\b[^.?!\n]{0,60}\b(?:cell\s+(?:site|tower)|"
            r"phone\s+pings?|gps|license\s+plate\s+readers?|lprs?|alpr|flock|cameras?|geotag(?:s|ged)?|metadata|"
            r"location\s+(?:history|data)|geolocation|snap\s+map|timeline\s+data)\b"
            r"[^.?!\n]{0,60}\b(?:to\s+)?(?:find|locate|track|follow|map|figure\s+out|place|see\s+where|work\s+out\s+where|"
            r"show\s+(?:me\s+)?where)\b",
         "asks to locate or track a person from location data"),
    )

    rules = rules + (
        rule("person-location", "location whereabouts movements movement gps address residence",
            r"(?<=\b(?:" + WATCH_VERB + r"|check(?:\s+on)?)\s+(?:down\s+)?(?:the\s+)?(?:(?:real[-\s]time|live|current|exact)\s+)?)"
            r"(?:location|whereabouts|movements?|gps)\s+of\s+(?:" + PERSON_TARGET + r"|everyone|everybody|all\s+(?:the\s+)?(?:people|"
            r"members|protesters|organizers|activists)|(?:my|the|this|his|her|their)\s+"
            r"(?:[\w-]+\s+)?[\w-]+(?:'s|’s|s'|s’)\s+\w+)"
            r"|(?<=\b(?:" + WATCH_VERB + r"|check(?:\s+on)?|find|get|locate|look\s+up|dig\s+up|pull|track\s+down|(?:want|need|have)\s+to\s+know|"
            r"give\s+me|send\s+me|update\s+me\s+on|keep\s+me\s+posted\s+on|get\s+me)\s+(?:me\s+)?(?:out\s+)?" + POSSESSIVE
            + r"\s+(?:(?:current|live|exact|daily|real[-\s]time|new|home|real|latest|actual|present)\s+)?)"
            r"(?:whereabouts|location|movements|gps)\b" + IN_DOCUMENT
            + r"|(?<=\b(?:find|get|locate|look\s+up|dig\s+up|pull|track\s+down)\s+(?:me\s+)?(?:out\s+)?" + POSSESSIVE
            + r"\s+(?:current|new|home|real|latest|actual|present|exact)\s+(?:home\s+)?)(?:address|residence)\b" + IN_DOCUMENT
            + r"|(?<=\b(?:find|get|locate|look\s+up|dig\s+up|pull|track\s+down)\s+(?:me\s+)?(?:out\s+)?(?:the\s+)?"
            r"(?:(?:current|home|new|real|latest|actual|present|exact)\s+)+)(?:address|residence|whereabouts|location)\s+of\s+(?:"
            + PERSON_PHRASE + r"|" + PERSON_TARGET + r"|the\s+(?:woman|man|guy|person|people|kid)\s+who)",
         "asks for a person's location, whereabouts or current address", anchored=True),
        rule("find-where-they-are", "where which",
            r"(?<=\b(?:find|figure|work|tell\s+(?:me|us)|see|(?:want|need|have|like)\s+to\s+know|let\s+(?:me|us)\s+know|"
            r"determine|locate|pinpoint|together|show\s+(?:me|us)|learn|confirm|track|trace|map|look)\s+(?:out\s+|down\s+|up\s+)?)"
            r"(?:where|which\s+(?:house|apartment|building|address|unit|place|motel|hotel|shelter|gym|school|bar|church|mosque|job|"
            r"office|store|club)(?:\s+on\s+the\s+block)?)\s+"
            r"(?:exactly\s+)?(?:he|she|they|(?:this|that|the|my|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|" + NAME + r")"
            r"(?:'s|’s|\s+is|\s+are|\s+has\s+been|\s+have\s+been)?\s+(?:now\s+|currently\s+|really\s+|actually\s+)?"
            r"(?:living|staying|sleeping|crashing|hiding|lives|live|stays|stay|sleeps|sleep|works|work|parks|park|"
            r"hangs?\s+out|hanging\s+out|hides|holed\s+up|spends\s+(?:his|her|their)\s+(?:nights|days|time)|"
            r"is\s+(?:right\s+now|currently|at\s+the\s+moment|these\s+days|tonight)|goes\s+to|attends|visits|frequents|"
            r"(?:has|have)\s+been(?=\s*(?:[.,;!?]|$|\s+(?:lately|recently|this|last|over|since|today|tonight|all|going))))\b"
            r"|\bwhere\s+else\s+(?:has|have|had|did)\s+(?:it|he|she|they|(?:the|this|that|his|her)\s+(?:car|plate|vehicle|"
            r"truck|phone|suspect|guy))\s+(?:been|gone|go|driven)\b"
            r"|\bwhere\s+(?:does|do|did)\s+(?:he|she|" + PERSON_PHRASE + r"|the\s+complainant|" + PERSON_TARGET + r")\s+(?:really\s+|actually\s+|usually\s+)?"
            r"(?:live|stay|sleep|spend\s+(?:his|her|their)\s+(?:nights|days|time)|hang\s+out|crash|park|go\s+(?:at\s+night|"
            r"after\s+work|every))\b",
         "asks to find out where a person lives, stays or goes", anchored=True),
        rule("who-they-are", "who",
            r"(?<=\b(?:find|figure|work|tell\s+(?:me|us)|identify|determine|(?:want|need)\s+to\s+know|see|show\s+(?:me|us)|"
            r"learn|confirm|together|id)\s+(?:out\s+)?)"
            r"who(?:\s+(?:he|she|they|it|this\s+(?:guy|person|woman|man|kid|account|user)|that\s+(?:guy|person|woman|man|kid|"
            r"account)|the\s+(?:guy|person|woman|man|kid|account|user|poster|commenter)|each\s+(?:person|one|of\s+them)|"
            r"these\s+(?:people|guys))\s+(?:really\s+|actually\s+)?(?:is|are)\b"
            r"|\s+(?:" + POSSESSIVE + r"|their)\s+(?:[\w-]+\s+)?(?:friends|associates|contacts|crew|circle|people|family|followers|"
            r"girlfriend|boyfriend|sources|informants)\s+(?:are|is)\b"
            r"|(?:'s|’s|\s+has|\s+is|\s+was|\s+have)\s+(?:been\s+)?(?:hanging\s+(?:around|out)|going\s+(?:in\s+and\s+out|to)|"
            r"coming\s+and\s+going|visiting|staying\s+at|meeting\s+with))"
            r"|\bwho(?:'s|’s|\s+is)\s+(?:he|she|this\s+(?:guy|person|woman|man)|that\s+(?:guy|person|woman|man))\s+and\s+where\b"
            r"|(?<=\b(?:find|figure|work|tell\s+(?:me|us)|identify|determine|(?:want|need)\s+to\s+know|see|learn)\s+(?:out\s+)?)"
            r"who(?:'s|’s|\s+is|\s+are)\s+(?:really\s+)?(?:behind|running|operating)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:page|account|profile|handle|channel|group|blog|site)\b"
            r"|(?<=\b(?:find|figure|work|tell\s+(?:me|us)|identify|determine|(?:want|need)\s+to\s+know|see|learn)\s+(?:out\s+)?)"
            r"who\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:account|user|poster|commenter|handle|profile|person|guy|woman|man)\b"
            r"[^.?!\n]{0,50}?\s(?:really\s+)?(?:is|are)(?=\s*(?:[.?!,]|$))",
         "asks to find out who a person is or who they see", anchored=True),
        rule("identify-people", "identify id unmask dox doxx name recognize recognise",
            r"\b(?:identify|id|unmask|doxx?|name|recogni[sz]e)\s+(?:everyone|everybody|anyone|all\s+(?:of\s+)?(?:the\s+)?"
            r"(?:people|faces|persons|attendees|protesters|commenters|followers|participants)|the\s+(?:people|faces|persons|"
            r"attendees|protesters|commenters|followers|organizers|activists|marchers|guy|woman|man|person|kid)|who|each\s+(?:person|face|one)|"
            r"these\s+(?:people|faces|persons))\b[^.?!\n]{0,60}?\b(?:photos?|pictures?|pics|videos?|footage|livestreams?|"
            r"streams?|posts?|protests?|rally|rallies|march|crowd|online|comments?|vigil|demonstrations?|by\s+name|names)\b",
         "asks to identify people from photos, posts or gatherings", anchored=True),
        rule("addresses-of-people", "address addresses",
            r"\baddress(?:es)?\s+(?:and\s+\w+\s+)?(?:of|for)\s+(?:everyone|everybody|anyone|all\s+(?:of\s+)?(?:the\s+)?(?:people|"
            r"protesters|speakers|attendees|organizers|commenters|marchers)|the\s+(?:people|protesters|speakers|attendees|organizers|"
            r"commenters|marchers))\s+(?:who|that)\s+(?:spoke|protested|marched|posted|commented|complained|signed|organized|"
            r"criticized|rallied|testified|filmed|showed\s+up\s+(?:at|to)\s+(?:the\s+)?(?:protest|rally|march|vigil|council))\b",
         "asks for the addresses of people who spoke out or protested", anchored=True),
        rule("routine-of", "routine schedule movements whereabouts habits",
            r"\b(?:(?:daily|weekly|usual|normal)\s+)?(?:routine|schedule|movements|whereabouts|habits|comings\s+and\s+goings)\s+of\s+"
            r"(?:" + PERSON_PHRASE + r"|him|her|them|" + NAME + r")(?!\s+(?:department|unit|district|squad|shift))",
         "asks for a person's routine or movements", anchored=True),
        rule("worship-watch", "mosque mosques church churches synagogue temple gurdwara masjid",
            r"(?<=\b(?:find\s+out|identify|log|list|record|run|track|tell\s+me|write\s+down|photograph)\b[^.?!\n]{0,60})"
            r"(?<=\b(?:who|plates?|cars?|vehicles?|people|everyone|everybody|attendees|worshipp?ers)\b[^.?!\n]{0,40}?\b(?:outside|at|"
            r"near|front\s+of|by|parked\s+(?:at|outside|near|by))\s+(?:the\s+|a\s+)?)"
            r"(?:mosques?|church(?:es)?|synagogue|temple|gurdwara|masjid)\b",
         "asks to identify people at a house of worship", anchored=True),
        rule("face-match", "facial face match",
            r"\b(?:(?:facial|face)\s+(?:recognition|matching|search)\s+(?:on|against)\s+(?:these|this|the|his|her|their|a)\b|"
            r"match\s+(?:the|this|his|her|that)\s+(?:face|tattoo|photo|picture|image|person|guy|woman|man)\b[^.?!\n]{0,60}?"
            r"\b(?:against|to|with)\b[^.?!\n]{0,40}?\b(?:online|internet|social|posts?|posting|accounts?|profiles?|"
            r"groups?|anyone|everyone|facebook|instagram|out\s+there))",
         "asks to identify a person by face or marks", anchored=True),
        rule("accounts-they-use", "accounts profiles pages usernames handles aliases",
            r"\b(?:accounts|profiles|pages|usernames|handles|aliases)\s+(?:that\s+)?(?:this\s+(?:person|guy|woman|man|kid)|he|she|"
            r"they|the\s+(?:suspect|subject|target|person|guy|woman|man)|" + NAME + r")\s+(?:might\s+be\s+|may\s+be\s+|"
            r"could\s+be\s+|is\s+|are\s+)?(?:using|uses|use|has|have|runs|operates|posts\s+(?:from|under))\b",
         "asks to find a person's accounts", anchored=True),
        rule("names-of-organizers", "organizing organising posting commenting protesting marching complaining criticizing "
             "filming organizers protesters marchers commenters",
            r"(?<=\bnames?\s+(?:and\s+\w+\s+)?of\s+(?:the\s+|all\s+(?:the\s+)?)?)(?:organizers|protesters|marchers|commenters)\b|"
            r"(?<=\bnames?\s+(?:and\s+\w+\s+)?of\s+(?:whoever|everyone|everybody|anyone|all\s+(?:the\s+)?(?:people|those)|"
            r"the\s+(?:people|ones|organizers|protesters|commenters|posters))\s+(?:who\s+|that\s+)?(?:is\s+|are\s+|was\s+|"
            r"were\s+)?)(?:organizing|organising|posting|commenting|protesting|marching|complaining|criticizing|filming)\b",
         "asks for the names of people organizing or speaking out", anchored=True),
        rule("log-everyone", "everyone everybody anyone",
            r"(?<=\b(?:log|list|record|note|catalog(?:ue)?)\s+)(?:everyone|everybody|anyone)\s+"
            r"(?:who|that)\s+(?:appears|comments|posts|likes|liked|follows|visits|hangs\s+(?:out|around)|shows\s+up\s+(?:in|on))\b"
            r"|(?<=\b(?:watch|monitor|surveil|stake\s+out|cameras?|outside|house|home|apartment)\b[^.?!\n]{0,80}\b(?:log|list|record|"
            r"note)\s+)(?:everyone|everybody|anyone)\s+(?:who|that)\s+(?:goes|comes|enters|leaves|visits|stops\s+by)\b",
         "asks to log everyone who appears or comments", anchored=True),
        rule("every-account-that", "account accounts person people user users profile profiles",
            r"(?<=\b(?:track|monitor|watch|log|list|find|identify|flag|record)\s+(?:every|each|all(?:\s+the)?)\s+)(?:accounts?|persons?|"
            r"people|users?|profiles?)\s+(?:that|who)\s+(?:shares?|shared|posts?|posted|likes?|liked|follows?|comments?|retweets?|"
            r"reposts?)\b",
         "asks to track everyone who shares or likes a post", anchored=True),
        rule("eyes-on", "eyes eye tail surveillance watch",
            r"(?:\b(?:eyes|an\s+eye|a\s+tail|surveillance|a\s+detail)|(?<=\b(?:a|keep|kept|keeping)\s+)watch)\s+on\s+(?:"
            + PERSON_TARGET + r"|(?:the\s+)?" + SOCIAL + r"\s+(?:group|page|account|chat)|"
            + POSSESSIVE + r"\s+(?:\w+\s+)?(?:" + SOCIAL + r"|phone|car|house|home|accounts?|page|profile))",
         "asks to put a person under watch", anchored=True),
        rule("look-through-pages", "pages profile profiles socials stories posts feed feeds followers friends tagged",
            r"(?<=\b(?:check|go\s+through|look\s+through|comb\s+through|scroll\s+through|dig\s+through|scan)\s+(?:all\s+(?:of\s+)?)?"
            r"(?:his|her|their|[\w-]+(?:'s|’s|s'|s’))\s+(?:[\w'’-]+\s+){0,2}?)(?:pages|profiles?|socials|stories|posts|feeds?|"
            r"followers|friends\s+list|tagged\s+(?:pics|photos))\b",
         "asks to go through a person's or their circle's online pages", anchored=True),
        rule("covertly", "knowing covertly secretly undetected",
            r"(?:(?<=\bwithout\s+(?:them|him|her|anyone|the\s+\w+)\s+)knowing|covertly|secretly|undetected)\b"
            r"(?:(?=[^.?!\n]{0,60}\b(?:track|monitor|watch|follow|read|see\s+who|get\s+in|join|listen|record)\b)"
            r"|(?<=\b(?:track|monitor|watch|follow|read|join|listen\s+to|record|get\s+into)\b[^.?!\n]{0,75}))",
         "asks to watch people covertly", anchored=True),
        rule("dossier-file", "file workup rundown dossier",
            r"\b(?:file|workup|rundown)\s+on\s+(?:everything|all)\b[^.?!\n]{0,40}?\b(?:does|posts|says|did|online|has\s+done)\b"
            r"|(?<=\b(?:build|make|compile|put\s+together|create|start|assemble|draw\s+up)\s+(?:me\s+)?(?:a|an)\s+(?:[\w-]+\s+)?)"
            r"dossier\b",
         "asks to compile a file on a person", anchored=True),
        rule("alert-when", "alert alerts notification notifications notify heads text message ping",
            r"\b(?:alerts?|notifications?|notify|heads[-\s]up|text|message|ping)\b[^.?!\n]{0,25}?\b(?:when|whenever|every\s+time|"
            r"each\s+time|as\s+soon\s+as|if|any\s*time)\s+(?:" + POSSESSIVE + r"\s+(?:\w+\s+)?(?:car|vehicle|truck|phone|plate|van|suv|"
            r"cell|name|account|profile|handle)|"
            r"he|she|they|" + PERSON_TARGET + r"|" + PERSON_PHRASE + r"|the\s+(?:[\w-]+\s+)?(?:organizers|protesters|activists|"
            r"members|people|tenants))\s+(?:passes|hits|shows\s+up|appears|goes|leaves|arrives|posts?|moves|pings|meets?|gathers?|"
            r"drives|gets\s+(?:home|back)|is\s+(?:seen|spotted|detected|home|online))\b",
         "asks to be alerted when a person or their vehicle is seen", anchored=True),
        rule("sensor-hits", "plate lpr alpr flock camera tower cell gps",
            r"\b(?:plate[-\s]reader|lpr|alpr|flock|camera|tower|cell[-\s]site|gps)\s+(?:hits|reads|data|pings|logs|records|history|"
            r"captures)\s+(?:on|for)\s+(?:" + POSSESSIVE + r"|his|her|their)\s+(?:\w+\s+)?(?:car|truck|vehicle|van|suv|plate|"
            r"phone|cell)\b",
         "asks for sensor hits on a person's vehicle or phone", anchored=True),
        rule("every-time", "time",
            r"(?<=\b(?:log|record|note|track|tell\s+me|text\s+me|alert\s+me|let\s+me\s+know|notify\s+me|ping\s+me)\s+(?:about\s+)?"
            r"(?:every|each)\s+)time\s+(?:he|she|they|" + PERSON_TARGET + r")\s+(?:leaves|arrives|goes|comes|gets|returns|posts|"
            r"visits|drives|shows\s+up)\b",
         "asks to log each time a person comes or goes", anchored=True),
    )

    # Families learned from the first held-out corpus (now a development set).
    rules = rules + (
        rule("keep-tabs", "keep keeping",
            r"\bkeep(?:ing)?\s+(?:close\s+)?tabs\s+on\b",
         "asks to keep tabs on a person", anchored=True),
        rule("surveillance-file", "surveillance",
            r"\bsurveillance\s+(?:file|dossier|log|profile|report|workup|folder|binder)\s+(?:on|for|about)\b",
         "asks to build a surveillance file on a person", anchored=True),
        rule("follow-everywhere", "follow track trace tail",
            r"\b(?:follow|track|trace|tail)\s+(?:(?:the\s+|that\s+|this\s+|his\s+|her\s+|their\s+)?(?:plate|car|vehicle|truck|"
            r"van|suv|phone)\s+(?:\S+\s+)?|him\s+|her\s+|them\s+|(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+)everywhere\b",
         "asks to follow a person or their vehicle everywhere", anchored=True),
        rule("vehicle-habits", "where what when",
            r"\b(?:where|what\s+time|when)\s+(?:that|the|this|his|her|their|my\s+\w+'s)\s+(?:\w+\s+)?(?:car|vehicle|truck|van|suv)\s+"
            r"(?:sits|parks|is\s+parked|stays|spends\s+the\s+night|sleeps|leaves|goes)\s+(?:overnight|at\s+night|every\s+\w+|"
            r"in\s+the\s+morning|each\s+\w+|during\s+the\s+day)\b",
         "asks for the daily whereabouts of a person's vehicle", anchored=True),
        rule("copy-posts", "every each whenever any anytime lmk let tell text alert",
            r"(?:\bevery\s+time|\beach\s+time|\bwhenever|\bany\s*time)\s+(?:he|she|they|" + PERSON_TARGET + r")\s+posts?\b"
            r"[^.?!\n]{0,120}?\b(?:copy|screenshot|save|log|note|record|send|forward|lmk|let\s+me\s+know|tell\s+me|text\s+me)\b"
            r"|\b(?:lmk|let\s+me\s+know|tell\s+me|text\s+me|alert\s+me)\s+(?:whenever|every\s+time|each\s+time|any\s*time)\s+"
            r"(?:he|she|they|" + PERSON_TARGET + r")\s+posts?\b",
         "asks to collect a person's posts as they appear", anchored=True),
    )

    # Families written from general phrasings before the third held-out corpus was scored.
    rules = rules + (
        rule("log-visitors", "list log record track note count",
            r"\b(?:list|log|record|track|note|count)\s+(?:of\s+)?(?:everyone|everybody|anyone|all\s+the\s+people|whoever)\s+"
            r"(?:who\s+|that\s+)?(?:visits|comes\s+(?:to|by|and\s+goes)|goes\s+(?:in|into|to)|stops\s+by|enters|shows\s+up)\s+"
            r"(?:at\s+)?(?:the|that|this|his|her|their)\s+(?:house|home|residence|apartment|address|place|building|unit|duplex)\b",
         "asks to log who visits a person's home", anchored=True),
        rule("alert-on-sighting", "notified notify alerted alert pinged heads text",
            r"\b(?:notified|notify\s+me|alerted|alert\s+me|pinged|heads[-\s]up|text\s+me)\s+(?:whenever|every\s+time|each\s+time|"
            r"any\s*time|if|when)\s+(?:this|that|the|his|her|their)\s+(?!stolen\b)(?:[\w-]+\s+)?(?:plate|car|vehicle|truck|van|phone|"
            r"number)\s+"
            r"(?:shows\s+up|hits|is\s+seen|gets\s+(?:read|scanned|seen)|pings|appears|turns\s+up|pops\s+up)\b",
         "asks to be alerted whenever a person's vehicle or phone is seen", anchored=True),
        rule("who-criticizes", "who which everyone anyone",
            r"\b(?:who|which\s+(?:people|accounts|users|commenters)|everyone|anyone)\s+(?:is\s+|are\s+|was\s+|were\s+)?"
            r"(?:criticizing|criticising|complaining\s+about|protesting|organizing\s+against|posting\s+about|talking\s+(?:bad|trash)\s+"
            r"about|attacking|bashing)\s+(?:the\s+|our\s+)?(?:department|police|us|cops|mpd|officers|chief|district)\b",
         "asks to identify the people who criticize the police", anchored=True),
        rule("profile-of-person", "build make put create compile assemble draw work give",
            r"\b(?:build|make|put\s+together|create|compile|assemble|draw\s+up|work\s+up|give\s+me)\s+(?:me\s+)?(?:a\s+)?(?:full\s+|"
            r"complete\s+|detailed\s+)?(?:profile|picture|rundown|workup)\s+(?:of|on)\s+(?:" + PERSON_TARGET + r"|" + PERSON_PHRASE
            + r")\b[^.?!\n]{0,40}?\b(?:friends|associates|school|hangs?|routine|schedule|where\s+(?:he|she|they)|girlfriend|"
            r"boyfriend|family|job|work|car)\b",
         "asks to build a profile of a person's life", anchored=True),
        rule("find-their-accounts", "cross cross-reference crossreference match run search look use",
            r"\b(?:cross-?reference|match|run|search|look\s+up|use)\s+(?:his|her|their|the|this)\s+(?:phone\s+number|number|"
            r"e-?mail|name|username|photo|picture|face)\b[^.?!\n]{0,60}?\b(?:to\s+find|and\s+find|find)\s+(?:all\s+|every\s+|any\s+)?"
            r"(?:of\s+)?(?:his|her|their|the)\s+(?:other\s+)?(?:accounts|profiles|pages|usernames|handles|aliases)\b",
         "asks to find every account a person uses", anchored=True),
        rule("track-comings", "keep keeping",
            r"\bkeep(?:ing)?\s+track\s+of\s+(?:when|what\s+time)\s+(?:he|she|they|" + PERSON_TARGET + r"|" + PERSON_PHRASE
            + r")\s+(?:leaves|comes\s+home|gets\s+home|arrives|goes\s+out|heads\s+out|returns)\b",
         "asks to track when a person comes and goes", anchored=True),
        rule("every-place-parked", "every each all",
            r"\b(?:every|each|all\s+the)\s+(?:place|spot|location|address)s?\s+(?:where\s+)?(?:this|that|the|his|her|their)\s+"
            r"(?:[\w-]+\s+)?(?:car|vehicle|truck|van|suv|plate|phone)\s+(?:has\s+been|was|is|gets|got)\s+(?:parked|seen|spotted|"
            r"driven|located|left)\b",
         "asks for every place a person's vehicle or phone has been", anchored=True),
    )

    # Families written from the second-look corpora (holdout2, holdout3) in general form: a person's
    # posts pulled every day or quietly, a routine kept up to date, everything a person does, a running
    # file, the social media of people who went to a protest, a list of the people who spoke out.
    rules = rules + (
        rule("ongoing-online-pull", "pull grab save screenshot copy collect check log note record watch follow monitor "
             "read archive send keep",
            r"\b(?:pull|grab|save|screenshot|copy|collect|check|log|note|record|watch|follow|monitor|read|archive|send\s+me|"
            r"keep\s+(?:tabs|an\s+eye)\s+on|keep\s+up\s+with)\s+(?:up\s+)?(?:on\s+)?"
            r"(?:(?:any|every|each|all|whatever|what|everything|anything)\s+(?:new\s+)?"
            r"(?:(?:thing|things|stuff|content|pics|photos|videos|posts)\s+)?(?:that\s+)?"
            r"(?:he|she|they|" + NOT_A_PERSON + r"(?:" + NAME + r"|[\w-]+(?:\s+[\w-]+)?))\s+(?:posts?|puts\s+(?:up|out|online)|uploads?|shares|tweets)"
            r"|" + ANY_POSSESSIVE + r"\s+(?:new\s+)?" + ONLINE_OUTPUT + r")\b"
            r"(?:(?=[^.?!\n]{0,160}?\b" + ONGOING + r"\b)|(?<=\b" + ONGOING + r"\b[^.?!\n]{0,240}?))",
         "asks to pull a person's posts every day or quietly", anchored=True,
         needs="every each daily nightly now forward keep updating ongoing quietly secretly low dl down knowing"),
        rule("routine-kept-up", "put putting piece piecing build map work figure document chart keep track write make get",
            r"\b(?:put(?:ting)?\s+together|piec(?:e|ing)\s+together|build(?:ing)?|map(?:ping)?\s+out|work(?:ing)?\s+out|"
            r"figur(?:e|ing)\s+out|document(?:ing)?|chart(?:ing)?|keep(?:ing)?\s+track\s+of|track(?:ing)?|writ(?:e|ing)\s+up|"
            r"mak(?:e|ing)|get(?:ting)?)\s+(?:me\s+)?" + ANY_POSSESSIVE + r"\s+(?:daily\s+|weekly\s+|usual\s+|normal\s+)?"
            r"(?:routine|pattern|schedule|movements|comings\s+and\s+goings|whereabouts)\b"
            r"(?=[^.?!\n]{0,160}?\b(?:" + ONGOING + r"|puts?\s+online|posts?\s+online|" + ONLINE_OUTPUT + r")\b)",
         "asks to piece together a person's routine and keep it up to date", anchored=True,
         needs="routine pattern schedule movements comings whereabouts"),
        rule("everything-they-do", "everything",
            r"(?<=\b(?:know|learn|find\s+out|tell\s+me|log|track|record|note|watch)\s+)everything\s+(?:that\s+)?"
            r"(?:he|she|they|" + NAME + r"|" + PERSON_PHRASE + r")\s+(?:does|do|is\s+doing|are\s+doing|says|posts|buys)\b"
            r"(?!\s+(?:in|on)\s+(?:the|this|that)\s+(?:video|footage|clip|recording|report|statement|interview|tape))",
         "asks to know everything a person does", anchored=True),
        rule("running-file", "running ongoing secret quiet private side",
            r"\b(?:running|ongoing|secret|quiet|private|side)\s+(?:file|log|tab|list|dossier|folder|record|sheet)\s+"
            r"(?:on|of)\s+(?:him|her|them|this\s+(?:guy|person|man|woman|kid)|" + PERSON_PHRASE + r"|" + NAME + r")",
         "asks to keep a running file on a person", anchored=True),
        rule("watch-attendees-online", "social socials accounts posts pages profiles online phones",
            r"\b(?:social\s+media|socials|accounts|posts|pages|profiles|online\s+(?:activity|accounts|posts)|phones)\s+of\s+"
            + ATTENDEES,
         "asks to watch the social media of the people who went to a protest or meeting", anchored=True),
        rule("list-critics", "people everyone everybody anyone those folks residents speakers commenters",
            r"(?<=\b(?:list|names|roster|file|spreadsheet|who|identify|find|track|addresses|where)\b[^.?!\n]{0,60}?)"
            + CRITICS + r"(?=[^.?!\n]{0,80}?\b(?:live|lives|work|works|address|addresses|names|who\s+they\s+are|social|"
            r"employers?|jobs?|quiet|list|phones?)\b)",
         "asks to list the people who spoke out against the police", anchored=True),
        rule("everywhere-it-has-been", "everywhere",
            r"(?<=\b(?:log|map|list|timeline|track|show|build|pull|give|record|history|chart|trace)\b[^.?!\n]{0,60}?)"
            r"\beverywhere\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:has\s+been(?!\s+\w+ed\b)|goes|has\s+gone|has\s+driven|drives|"
            r"parks|sleeps|stays|has\s+stayed)\b",
         "asks to log everywhere a person or vehicle has been", anchored=True),
    )

    def find(self, text: str) -> Iterator[UseFinding]:
        uses = list(super().find(text))
        if not uses:
            return
        scan = TextScan.of(text)
        for use in uses:
            yield dataclasses.replace(use, legal_authority=self._authority_near(scan, use.start, use.end))

    @staticmethod
    def _authority_near(scan: TextScan, start: int, end: int) -> str | None:
        window_start, window_end = max(0, start - 400), min(len(scan.text), end + 400)
        match = AUTHORITY.search(scan, window_start, window_end)
        return match.group().strip() if match else None


AUTHORITY = Started.of(LEGAL_AUTHORITY)
