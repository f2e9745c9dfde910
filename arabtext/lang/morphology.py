"""Arabic inflectional affixes and the clitic facts a lemmatizer relies on.

Spelled without diacritics, like ``clitics``.  Tuples of suffixes are in the
order a lemmatizer tries them (a longer suffix before the shorter one it ends
with, where both apply).
"""

from __future__ import annotations

from arabtext.lang.charsets import YEH

# ------------------------------------------------------------------ verbs
#: Person prefixes of the imperfect verb: ي (3rd), ت (2nd, 3rd feminine), ن (1st
#: plural), أ (1st singular).
IMPERFECT_PREFIXES = "يتنأ"
#: The imperfect prefixes other than the 1st singular أ.
IMPERFECT_PREFIXES_NO_HAMZA = "يتن"
#: The prefix of the imperfect's citation form (3rd masculine singular: يفعل).
IMPERFECT_CITATION_PREFIX = YEH
#: Subject suffixes of the imperfect: plural -ون, dual -ان, subjunctive/jussive
#: plural -وا, 2nd feminine singular -ين, feminine plural -ن.
IMPERFECT_SUFFIXES = ("ون", "ان", "وا", "ين", "ن")
#: The plural and dual subject suffixes of the imperfect indicative.
IMPERFECT_PLURAL_DUAL_SUFFIXES = ("ون", "ان")
#: Subject suffixes of the perfect: 2nd dual -تما, 2nd plural -تم, 1st plural -نا,
#: 3rd plural -وا, -ت (1st/2nd singular, 3rd feminine singular).
PERFECT_SUFFIXES = ("تما", "تم", "نا", "وا", "ت")

# ------------------------------------------------------------------ nouns
#: Nominal inflection endings and what replaces them in another inflection of the
#: same word: feminine dual and plural back to ة (قمتين → قمة), masculine sound
#: plural, dual and feminine ة back to the bare masculine (متعلمين → متعلم).
NOMINAL_INFLECTIONS = (("تان", "ة"), ("تين", "ة"), ("ات", "ة"), ("ين", ""), ("ون", ""), ("ان", ""),
                       ("ة", ""), ("تان", ""), ("تين", ""), ("ات", ""))
#: The letter of a relative (nisba) adjective, and the endings of its feminine,
#: plural and dual forms after it (بركانية, دوليين, دوليون, دوليات, دوليتين, دوليتان).
NISBA_LETTER = YEH
NISBA_ENDINGS = ("ة", "ين", "ون", "ات", "تين", "تان")

# ------------------------------------------------------------------ clitics
#: Prepositions written onto nouns only (ل also marks an imperfect verb: ليعلم),
#: and written before the article with its alef (بال, كال; ل + ال is لل).
NOUN_ONLY_PREPOSITIONS = "بك"
#: Proclitics that may stand before a name: و, ل, ب.
NAME_PROCLITICS = "ولب"
#: The 3rd person enclitics split off a word no lexicon knows (her, their dual,
#: their), longest first.
UNKNOWN_WORD_ENCLITICS = ("هما", "ها", "هم")
#: The 1st person singular enclitics: possessive -ي, object -ني.
FIRST_PERSON_ENCLITICS = ("ي", "ني")
#: The 1st person singular object enclitic (written on verbs).
FIRST_PERSON_OBJECT_ENCLITIC = "ني"
#: The 1st person plural enclitic, which after a past verb is the subject suffix.
FIRST_PERSON_PLURAL_ENCLITIC = "نا"
#: The 2nd person singular enclitic.
SECOND_PERSON_ENCLITIC = "ك"

#: Letters that begin or end many verb forms, in folded spelling: a word with one of
#: them is only *shaped* like a verb (many nouns start with ت or end with ت / ن), so
#: callers need other evidence.  The person prefixes of the imperfect (يذهب, تذهب,
#: نذهب, اذهب) and the subject suffixes of the perfect (ذهبت, ذهبوا, ذهبنا, ذهبتم, ذهبن).
VERB_SHAPE_PREFIXES = ("ي", "ت", "ن", "ا")
VERB_SHAPE_SUFFIXES = ("ت", "وا", "نا", "تم", "ن")

#: Subject suffixes of the past verb that stand before an object enclitic and belong to
#: the verb's stem, not to the enclitic: 1st plural -نا (أجريناه), 3rd plural -و (its
#: alif dropped before the pronoun: ضمنوها).
SUBJECT_SUFFIXES_BEFORE_OBJECT = ("نا", "و")
#: Endings of the masculine sound plural (-ون, -ين) and of the dual (-ان) of nouns and
#: adjectives, added to the singular as it is (ماكر → ماكرون).
SOUND_PLURAL_DUAL_SUFFIXES = ("ون", "ين", "ان")
#: The sound masculine plural's nominative ending: an adjective's or a participle's
#: plural (مهتمون), seldom a noun's.
SOUND_PLURAL_NOMINATIVE = "ون"
#: The prefix of the participles of the derived stems (مُفعِل, مُتفاعِل, مُستفعِل).
PARTICIPLE_PREFIX = "م"

# ------------------------------------------------------------------ agreement
#: The feminine singular ending and the feminine sound plural ending of nouns and
#: adjectives (a feminine noun's lemma keeps ة; an adjective's is the masculine).
FEMININE_PLURAL = "ات"
FEMININE_ENDINGS = ("ة", FEMININE_PLURAL)
#: The pronoun enclitics a feminine singular noun takes after its ة written ت
#: (مهمته, قائمتها): an adjective never takes one, so such forms in running text
#: show that the feminine form is also a noun.
POSSESSIVE_ENCLITICS = ("ه", "ها", "هم", "هما", "نا")

# ------------------------------------------------------------------ broken plurals
#: Broken plural patterns and the singular patterns they come from, tried in this
#: order; the digits stand for the root letters, other characters for themselves
#: (``[أا]``: an initial hamza, written or not).  أفاعيل → أفعول, إفعال (أساطيل →
#: أسطول, أعاصير → إعصار); مفاعيل → مفعول, مفعال (مشاهير → مشهور); تفاعيل → تفعيل,
#: تفعال (تضاريس → تضريس); أفعلاء → فعيّ (أوصياء → وصي); فعاليل → فعلال, فعلول, فعليل
#: (عناوين → عنوان); فعلاء → فعيل, فاعل (نبلاء → نبيل); أفعال → فعل (أعراق → عرق);
#: فعائل → فعيلة, فعالة (صفائح → صفيحة); مفاعل → مفعل, مفعلة (مساكن → مسكن);
#: فعالل → فعلل, فعللة (عناصر → عنصر).
#: Letters that are never a root letter of a pattern: alif, alif maqsura, teh marbuta.
ROOT_NON_LETTERS = "اىة"
BROKEN_PLURALS = (
    ("[أا]1ا2ي3", ("أ12و3", "إ12ا3")),
    ("م1ا2ي3", ("م12و3", "م12ا3")),
    ("ت1ا2ي3", ("ت12ي3", "ت12ا3")),
    ("[أا]12ياء", ("12ي",)),
    ("12ا3ي4", ("123ا4", "123و4", "123ي4")),
    ("123اء", ("12ي3", "1ا23")),
    ("[أا]12ا3", ("123",)),
    ("12ائ3", ("12ي3ة", "12ا3ة")),
    ("م1ا23", ("م123", "م123ة")),
    ("12ا34", ("1234", "1234ة")),
)
